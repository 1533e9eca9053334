package vn.hoinghi.alert;

/** An alert with its point's name and cluster (null when the point is in none), as the banner and the log show it. */
public record AlertLine(PointAlert alert, String pointName, String cluster) {
}
