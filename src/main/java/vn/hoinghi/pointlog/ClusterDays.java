package vn.hoinghi.pointlog;

import java.util.List;

/** The hall ({@code hall}), a cluster ("cụm") of points, or the points in none ({@code cluster} null), with their sum. */
public record ClusterDays(String cluster, boolean hall, List<PointDay> points, DayTotals totals) {

    public static ClusterDays of(String cluster, boolean hall, List<PointDay> points) {
        return new ClusterDays(cluster, hall, List.copyOf(points), DayTotals.of(points));
    }
}
