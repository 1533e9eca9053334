package vn.hoinghi.alert;

import java.time.Instant;

/**
 * An alert about a point: why, when it was raised, who was told, when the point reported a good link again
 * (cleared), and who acknowledged it.
 */
public record PointAlert(long id, long conferenceId, long pointId, AlertKind kind, Instant raisedAt, String notified,
                         Instant clearedAt, Instant acknowledgedAt, String acknowledgedBy) {

    /** Still wants a person's attention: neither acknowledged nor cleared. */
    public boolean open() {
        return acknowledgedAt == null && clearedAt == null;
    }
}
