package vn.hoinghi.pointlog;

import java.time.Duration;
import java.time.Instant;
import vn.hoinghi.point.ConnectionStatus;

/**
 * A time a point's link was down: from a LOST or PROBLEM report to the next LIVE_OK or TEST_OK report ({@code to}),
 * or still not fixed at the day's end ({@code to} null). {@code cause} is the report that opened it, {@code fixedBy}
 * who reported the good link.
 */
public record Outage(long pointId, Instant from, Instant to, ConnectionStatus cause, String reportedBy,
                     String fixedBy) {

    public boolean fixed() {
        return to != null;
    }

    /** Its length; one not fixed lasts until the day's end. */
    public Duration length(Instant dayEnd) {
        Instant end = to != null ? to : dayEnd;
        return end.isBefore(from) ? Duration.ZERO : Duration.between(from, end);
    }
}
