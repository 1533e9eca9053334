/** The check-ins: only CheckinWriter adds them. */
@OwnsTables({"checkin"})
package vn.hoinghi.checkin.repository;

import vn.hoinghi.database.OwnsTables;
