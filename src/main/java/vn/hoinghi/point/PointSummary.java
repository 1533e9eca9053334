package vn.hoinghi.point;

/** A point with the counts of its (not withdrawn) delegates, for the points page. */
public record PointSummary(MeetingPoint point, int delegates, int confirmed, int declined, int checkedIn) {
}
