/** Attendance owns no table: it counts what the delegate and check-in features hold. */
@OwnsTables({})
package vn.hoinghi.attendance.repository;

import vn.hoinghi.database.OwnsTables;
