package vn.hoinghi.alert;

/**
 * The technician on duty for a cluster of points ("trực kỹ thuật"), at the province, not in a point's room. The cluster
 * {@link #DEFAULT} is the default duty: for every point whose cluster has none, and for the points in no cluster.
 * {@code technician} is null on a cluster's row nobody is on duty for yet.
 */
public record ClusterDuty(String cluster, String technician, String phone, String email) {

    /** The default row's cluster. */
    public static final String DEFAULT = "";

    public boolean isDefault() {
        return DEFAULT.equals(cluster);
    }

    /** Somebody is on duty. */
    public boolean staffed() {
        return technician != null;
    }

    /** The cluster a point's duty is looked up by: its cluster's name, or the default for a point in none. */
    public static String clusterOf(String pointCluster) {
        return pointCluster == null || pointCluster.isBlank() ? DEFAULT : pointCluster.strip();
    }
}
