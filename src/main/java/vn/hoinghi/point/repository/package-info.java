/** Meeting points and their coordinators. */
@OwnsTables({"meeting_point", "point_coordinator"})
package vn.hoinghi.point.repository;

import vn.hoinghi.database.OwnsTables;
