package vn.hoinghi.point;

/**
 * Which points of a conference the points page lists; a null part (or blank search) lets every point through.
 *
 * @param search         matched without diacritics against the name, the host unit, the technician and the phone
 * @param cluster        the points of this cluster
 * @param withoutCluster the points of no cluster (then {@code cluster} is not read)
 * @param withdrawn      true: only the withdrawn points; false: only those that join
 */
public record PointFilter(String search, String cluster, boolean withoutCluster, PointKind kind,
                          ConnectionStatus status, Boolean withdrawn) {

    public static PointFilter all() {
        return new PointFilter(null, null, false, null, null, null);
    }
}
