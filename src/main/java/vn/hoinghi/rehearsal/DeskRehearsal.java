package vn.hoinghi.rehearsal;

/** What a point's desk shows of the rehearsal: its time and reset, and the point's own checklist. */
public record DeskRehearsal(RehearsalPlan plan, PointRehearsal checklist) {

    /** The day's state was reset after the rehearsal: the checklist is the record now, no longer ticked. */
    public boolean closed() {
        return plan.dayResetAt() != null;
    }
}
