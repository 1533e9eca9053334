package vn.hoinghi.rehearsal;

import java.util.List;

/** The rehearsal as of now: its plan, the totals of every point that joins, and a row per cluster. */
public record RehearsalProgress(RehearsalPlan plan, RehearsalCounts totals, List<RehearsalCluster> clusters) {

    /** Every point, in the rows' order. */
    public List<RehearsedPoint> points() {
        return clusters.stream().flatMap(c -> c.points().stream()).toList();
    }
}
