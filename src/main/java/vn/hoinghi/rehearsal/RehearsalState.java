package vn.hoinghi.rehearsal;

/** How far a point got at the rehearsal. */
public enum RehearsalState {
    /** Every item of the checklist ticked as working. */
    READY,
    /** Some items ticked as working, none failed, some not yet tried. */
    PARTLY,
    /** At least one item tried and failed (its last tick). */
    FAILED,
    /** Nothing ticked. */
    NOT_REPORTED;

    /** The state of a checklist from the last tick of each item. */
    static RehearsalState of(java.util.Collection<RehearsalTick> ticks) {
        if (ticks.stream().anyMatch(t -> !t.ok())) {
            return FAILED;
        }
        if (ticks.isEmpty()) {
            return NOT_REPORTED;
        }
        return ticks.stream().map(RehearsalTick::item).distinct().count() == RehearsalItem.values().length
                ? READY : PARTLY;
    }
}
