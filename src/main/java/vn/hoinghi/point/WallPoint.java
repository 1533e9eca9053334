package vn.hoinghi.point;

/** A point on the status wall: its summary, and whether it has been silent too long. */
public record WallPoint(PointSummary summary, boolean silent) {

    public MeetingPoint point() {
        return summary.point();
    }

    public ConnectionStatus status() {
        return summary.state().status();
    }

    /** Needs someone's attention: its link is in trouble, or it has not been heard from for too long. */
    public boolean troubled() {
        return status().alarming() || silent;
    }

    /** Worst first: a lost link, a failed test, a problem, then silence; 4 for a point in no trouble. */
    public int severity() {
        return switch (status()) {
            case LOST -> 0;
            case TEST_FAILED -> 1;
            case PROBLEM -> 2;
            default -> silent ? 3 : 4;
        };
    }
}
