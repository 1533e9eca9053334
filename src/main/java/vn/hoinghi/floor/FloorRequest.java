package vn.hoinghi.floor;

import java.time.Duration;
import java.time.Instant;

/**
 * A request for the floor in a discussion: from a point (pointId) or from the hall (pointId null), by a speaker on a
 * topic; where it stands, who decided it, and when the speaker took and gave back the floor.
 */
public record FloorRequest(long id, long conferenceId, Long agendaItemId, Long pointId, Long delegateId,
                           String speaker, String topic, FloorState state, Instant requestedAt, String requestedBy,
                           Instant decidedAt, String decidedBy, Instant startedAt, Instant endedAt, int version) {

    /** Where the request came from: a point's desk, or a delegate in the hall. */
    public FloorSource source() {
        return pointId != null ? new FloorSource.Point(pointId) : new FloorSource.HallDelegate(delegateId);
    }

    /** How long the speaker had the floor; null if they never took it, up to now while they still have it. */
    public Duration spoken(Instant now) {
        if (startedAt == null) {
            return null;
        }
        return Duration.between(startedAt, endedAt == null ? now : endedAt);
    }
}
