package vn.hoinghi.point;

import java.time.Instant;

/**
 * The committee reset the day's state after the rehearsal (every point back to "not tested", headcounts cleared):
 * published inside the reset's transaction, so what else belongs to the day (open alerts, waiting requests for the
 * floor) is cleared with it or not at all. The rehearsal's record is kept.
 */
public record DayReset(long conferenceId, Instant at, String by) {
}
