package vn.hoinghi.point;

/** A point with the counts of its (not withdrawn) delegates and its state on the day. */
public record PointSummary(MeetingPoint point, int delegates, int confirmed, int declined, int checkedIn,
                           PointState state) {

    /**
     * Everyone counted at the point: the headcount its coordinator reported (never fewer than the delegates checked in
     * by name), or the checked-in delegates while it has not reported one.
     */
    public int present() {
        Integer headcount = state.headcount();
        return headcount == null ? checkedIn : Math.max(headcount, checkedIn);
    }

    /** Delegates who have not declined. */
    public int expected() {
        return delegates - declined;
    }

    /** Whom the point expects: the number its plan gives for the room, at least its delegates who have not declined. */
    public int expectedPeople() {
        return Math.max(point.expectedAttendees(), expected());
    }
}
