/** Alerts about points, and the technicians on duty for each cluster. */
@OwnsTables({"point_alert", "cluster_duty"})
package vn.hoinghi.alert.repository;

import vn.hoinghi.database.OwnsTables;
