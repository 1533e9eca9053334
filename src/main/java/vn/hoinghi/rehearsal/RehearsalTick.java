package vn.hoinghi.rehearsal;

import java.time.Instant;

/** The last tick of one item of a point's checklist: working or failed, when, by whom. */
public record RehearsalTick(long pointId, RehearsalItem item, boolean ok, String note, Instant at, String by) {
}
