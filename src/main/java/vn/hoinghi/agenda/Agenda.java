package vn.hoinghi.agenda;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A conference's programme in order with planned times. {@code version} is the agenda's own version: an
 * editor sends it back with a new order, and a change of the order by someone else in between is refused.
 */
public record Agenda(long conferenceId, Instant startsAt, int version, List<AgendaSlot> slots) {

    public static Agenda schedule(long conferenceId, Instant startsAt, int version, List<AgendaItem> items) {
        List<AgendaSlot> slots = new ArrayList<>(items.size());
        Instant at = startsAt;
        for (AgendaItem item : items) {
            Instant end = at == null ? null : at.plus(Duration.ofMinutes(item.plannedMinutes()));
            slots.add(new AgendaSlot(item, at, end));
            at = end;
        }
        return new Agenda(conferenceId, startsAt, version, List.copyOf(slots));
    }

    public List<AgendaItem> items() {
        return slots.stream().map(AgendaSlot::item).toList();
    }

    /** When the last item is planned to end; the start when the agenda is empty. */
    public Instant plannedEnd() {
        return slots.isEmpty() ? startsAt : slots.getLast().end();
    }

    public int totalMinutes() {
        return slots.stream().mapToInt(s -> s.item().plannedMinutes()).sum();
    }

    public boolean isEmpty() {
        return slots.isEmpty();
    }
}
