package vn.hoinghi.point;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The status wall at one instant: the totals of every point, then a row per cluster — the clusters with trouble
 * first, worst first, then the others in the points' order; the points in no cluster last of their group. Within a
 * row, troubled points come first, worst first.
 */
public record PointWall(Instant at, StateCounts totals, List<ClusterRow> clusters) {

    /** Silence grows without any report: a page showing it asks again this often. */
    public static final int SILENCE_CHECK_MILLIS = 30_000;

    /** Groups the points (in their order: the hall, then by position) as of {@code now}. */
    public static PointWall of(List<PointSummary> summaries, PointSilence silence, Instant now) {
        Map<String, List<WallPoint>> byCluster = new LinkedHashMap<>();
        List<WallPoint> all = new ArrayList<>(summaries.size());
        for (PointSummary s : summaries) {
            WallPoint p = new WallPoint(s, silence.silent(s, now));
            all.add(p);
            byCluster.computeIfAbsent(clusterOf(s.point()), c -> new ArrayList<>()).add(p);
        }
        List<ClusterRow> rows = new ArrayList<>(byCluster.size());
        byCluster.forEach((cluster, points) -> rows.add(new ClusterRow(cluster.isEmpty() ? null : cluster,
                StateCounts.of(points), worstFirst(points))));
        rows.sort(Comparator.comparing((ClusterRow r) -> !r.troubled())
                .thenComparing(r -> r.troubled() ? r.severity() : 0)
                .thenComparing(r -> r.cluster() == null));
        return new PointWall(now, StateCounts.of(all), List.copyOf(rows));
    }

    /** Every troubled point, worst first, then in the clusters' order. */
    public List<WallPoint> troubled() {
        return clusters.stream().flatMap(r -> r.points().stream()).filter(WallPoint::troubled)
                .sorted(Comparator.comparingInt(WallPoint::severity)).toList();
    }

    /** Every point, in the rows' order. */
    public List<WallPoint> points() {
        return clusters.stream().flatMap(r -> r.points().stream()).toList();
    }

    private static String clusterOf(MeetingPoint p) {
        return p.cluster() == null || p.cluster().isBlank() ? "" : p.cluster().strip();
    }

    private static List<WallPoint> worstFirst(List<WallPoint> points) {
        return points.stream().sorted(Comparator.comparingInt(WallPoint::severity)).toList();
    }
}
