package vn.hoinghi.rehearsal;

import vn.hoinghi.point.MeetingPoint;

/** A point with its rehearsal, as the wall and the committee's page show it. */
public record RehearsedPoint(MeetingPoint point, PointRehearsal rehearsal) {

    public RehearsalState state() {
        return rehearsal.state();
    }

    /** The last tick of an item, or null while it was not tried. */
    public RehearsalTick tick(RehearsalItem item) {
        return rehearsal.ticks().stream().filter(t -> t.item() == item).findFirst().orElse(null);
    }
}
