package vn.hoinghi.point;

import java.time.Duration;
import java.time.Instant;

/**
 * A point on the day: its connection as last reported, by whom and when; everyone in its room as its coordinator
 * last counted them (null until reported), when and by whom, and when the coordinator last reported anything.
 */
public record PointState(ConnectionStatus status, Instant changedAt, String changedBy, Integer headcount,
                         Instant headcountAt, Instant lastReportAt, String headcountBy) {

    /** A state whose headcount's reporter is not told. */
    public PointState(ConnectionStatus status, Instant changedAt, String changedBy, Integer headcount,
                      Instant headcountAt, Instant lastReportAt) {
        this(status, changedAt, changedBy, headcount, headcountAt, lastReportAt, null);
    }

    /** Whether the point has not reported for longer than {@code silence} (never reported counts as silent). */
    public boolean silent(Instant now, Duration silence) {
        return lastReportAt == null || lastReportAt.plus(silence).isBefore(now);
    }
}
