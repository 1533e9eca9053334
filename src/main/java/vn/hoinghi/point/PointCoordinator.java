package vn.hoinghi.point;

/** An account that runs one point's desk in a conference. */
public record PointCoordinator(long accountId, String username, String displayName, long pointId) {
}
