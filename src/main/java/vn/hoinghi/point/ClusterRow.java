package vn.hoinghi.point;

import java.util.List;

/** One cluster's row on the status wall ({@code cluster} null: the points in no cluster), its points worst first. */
public record ClusterRow(String cluster, StateCounts counts, List<WallPoint> points) {

    /** Stands for the row in a page's state: the cluster's name, or the empty string for the points in none. */
    public String key() {
        return cluster == null ? "" : cluster;
    }

    public boolean troubled() {
        return counts.troubled() > 0;
    }

    /** The severity of its worst point (see {@link WallPoint#severity()}). */
    public int severity() {
        return points.stream().mapToInt(WallPoint::severity).min().orElse(4);
    }
}
