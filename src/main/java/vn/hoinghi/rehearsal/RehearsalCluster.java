package vn.hoinghi.rehearsal;

import java.util.List;

/** One cluster's rehearsal ({@code cluster} null: the points in no cluster), its points failed first. */
public record RehearsalCluster(String cluster, RehearsalCounts counts, List<RehearsedPoint> points) {

    /** Stands for the row in a page's state: the cluster's name, or the empty string for the points in none. */
    public String key() {
        return cluster == null ? "" : cluster;
    }
}
