package vn.hoinghi.rehearsal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** A point's rehearsal: its ticks in the checklist's order, the state they make, and since when it was ready. */
public record PointRehearsal(long pointId, List<RehearsalTick> ticks) {

    public PointRehearsal {
        ticks = ticks.stream().sorted(Comparator.comparing(RehearsalTick::item)).toList();
    }

    public RehearsalState state() {
        return RehearsalState.of(ticks);
    }

    /** When its last item was ticked as working, if it is ready. */
    public Instant readyAt() {
        return state() != RehearsalState.READY ? null
                : ticks.stream().map(RehearsalTick::at).max(Comparator.naturalOrder()).orElseThrow();
    }
}
