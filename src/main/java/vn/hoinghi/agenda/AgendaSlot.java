package vn.hoinghi.agenda;

import java.time.Instant;

/** An item with its planned start and end: the conference start plus the minutes of the items before it. */
public record AgendaSlot(AgendaItem item, Instant start, Instant end) {
}
