package vn.hoinghi.agenda;

import java.time.Duration;
import java.time.Instant;

/**
 * The stored live state of a conference's programme. {@code currentItemId} null with no {@code endedAt}: not
 * started; with {@code endedAt}: past the last item. Elapsed time is derived from the instants, never stored, so
 * it is right after a restart.
 */
public record LiveState(long conferenceId, Long currentItemId, Instant startedAt, Instant pausedAt, long pausedMillis,
                        int extraSeconds, String message, Instant messageAt, Instant endedAt) {

    public static LiveState notStarted(long conferenceId) {
        return new LiveState(conferenceId, null, null, null, 0, 0, null, null, null);
    }

    public boolean running() {
        return currentItemId != null && pausedAt == null;
    }

    public boolean paused() {
        return currentItemId != null && pausedAt != null;
    }

    /** How long the current item has been on at {@code now}, pauses left out. */
    public Duration elapsed(Instant now) {
        if (currentItemId == null || startedAt == null) {
            return Duration.ZERO;
        }
        Instant until = pausedAt != null ? pausedAt : now;
        Duration d = Duration.between(startedAt, until).minusMillis(pausedMillis);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** The state with the given item starting at {@code at}: no pause, no extra time, no message. */
    LiveState startItem(long itemId, Instant at) {
        return new LiveState(conferenceId, itemId, at, null, 0, 0, null, null, null);
    }

    LiveState ended(Instant at) {
        return new LiveState(conferenceId, null, null, null, 0, 0, null, null, at);
    }

    LiveState pause(Instant at) {
        return new LiveState(conferenceId, currentItemId, startedAt, at, pausedMillis, extraSeconds, message, messageAt,
                endedAt);
    }

    LiveState resume(Instant at) {
        long pausedFor = Duration.between(pausedAt, at).toMillis();
        return new LiveState(conferenceId, currentItemId, startedAt, null, pausedMillis + Math.max(0, pausedFor),
                extraSeconds, message, messageAt, endedAt);
    }

    LiveState extend(int seconds) {
        return new LiveState(conferenceId, currentItemId, startedAt, pausedAt, pausedMillis, extraSeconds + seconds,
                message, messageAt, endedAt);
    }

    LiveState message(String text, Instant at) {
        return new LiveState(conferenceId, currentItemId, startedAt, pausedAt, pausedMillis, extraSeconds, text,
                text == null ? null : at, endedAt);
    }
}
