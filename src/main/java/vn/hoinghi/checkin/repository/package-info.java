/** Check-ins and the devices that send them. */
@OwnsTables({"checkin", "scanner_device", "health_setting", "health_declaration"})
package vn.hoinghi.checkin.repository;

import vn.hoinghi.database.OwnsTables;
