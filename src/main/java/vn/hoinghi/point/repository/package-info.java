/** Meeting points and their coordinators. */
@OwnsTables({"meeting_point", "point_coordinator", "point_status_event"})
package vn.hoinghi.point.repository;

import vn.hoinghi.database.OwnsTables;
