package vn.hoinghi.agenda;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What every screen shows: the programme with its plan, the stored live state, and the moment it was read; with the
 * conference's title, which the screens show when nothing is on. Elapsed, remaining and running late/early are
 * computed from those, so all screens agree.
 */
public record AgendaLive(Agenda agenda, LiveState state, Instant now, String conferenceTitle) {

    /** The same, without what only the MC and the committee read: each item's script and notes. */
    AgendaLive withoutBackstage() {
        Agenda bare = new Agenda(agenda.conferenceId(), agenda.startsAt(), agenda.version(), agenda.slots().stream()
                .map(s -> new AgendaSlot(s.item().withoutBackstage(), s.start(), s.end())).toList());
        return new AgendaLive(bare, state, now, conferenceTitle);
    }

    /** Where the current item stands in the programme; -1 when none is on. */
    public int currentIndex() {
        if (state.currentItemId() == null) {
            return -1;
        }
        List<AgendaSlot> slots = agenda.slots();
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).item().id() == state.currentItemId()) {
                return i;
            }
        }
        return -1;
    }

    public AgendaSlot current() {
        int i = currentIndex();
        return i < 0 ? null : agenda.slots().get(i);
    }

    /** The item after the current one; the first item before the start; null at the end. */
    public AgendaSlot next() {
        if (ended()) {
            return null;
        }
        int i = currentIndex();
        int n = i < 0 ? 0 : i + 1;
        return n < agenda.slots().size() ? agenda.slots().get(n) : null;
    }

    public boolean started() {
        return current() != null;
    }

    public boolean ended() {
        return state.endedAt() != null;
    }

    public Duration elapsed() {
        return state.elapsed(now);
    }

    /** The planned minutes plus extra time granted. */
    public Duration allowed() {
        AgendaSlot slot = current();
        return slot == null ? Duration.ZERO
                : Duration.ofMinutes(slot.item().plannedMinutes()).plusSeconds(state.extraSeconds());
    }

    /** Negative once the item runs over. */
    public Duration remaining() {
        return allowed().minus(elapsed());
    }

    public boolean overrun() {
        return started() && remaining().isNegative();
    }

    /** The actual start of the current item against its planned start: positive = late, negative = early. */
    public Duration lateBy() {
        AgendaSlot slot = current();
        if (slot == null || slot.start() == null || state.startedAt() == null) {
            return Duration.ZERO;
        }
        return Duration.between(slot.start(), state.startedAt());
    }

    /** "mm:ss" (or "h:mm:ss"), with a minus sign when negative. */
    public static String clock(Duration d) {
        long s = Math.abs(d.toSeconds());
        String sign = d.isNegative() && s > 0 ? "-" : "";
        return s >= 3600 ? "%s%d:%02d:%02d".formatted(sign, s / 3600, s / 60 % 60, s % 60)
                : "%s%02d:%02d".formatted(sign, s / 60, s % 60);
    }
}
