package vn.hoinghi.point;

import java.time.Instant;

/** A point on the day: its connection as last reported, by whom and when, and the extra people it counts. */
public record PointState(ConnectionStatus status, Instant changedAt, String changedBy, int extraAttendees) {
}
