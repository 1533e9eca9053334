package vn.hoinghi.point;

/** A point with the counts of its (not withdrawn) delegates and its state on the day. */
public record PointSummary(MeetingPoint point, int delegates, int confirmed, int declined, int checkedIn,
                           PointState state) {

    /** Everyone counted at the point: its delegates present and the extra attendees it reported. */
    public int present() {
        return checkedIn + state.extraAttendees();
    }

    /** Delegates who have not declined. */
    public int expected() {
        return delegates - declined;
    }
}
