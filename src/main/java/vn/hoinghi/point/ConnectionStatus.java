package vn.hoinghi.point;

/** How a point's video link stands, as its coordinator reports it; the status wall colours each one. */
public enum ConnectionStatus {
    NOT_TESTED, TEST_OK, TEST_FAILED, LIVE_OK, PROBLEM, LOST;

    /** Needs the committee's attention now. */
    public boolean alarming() {
        return this == TEST_FAILED || this == PROBLEM || this == LOST;
    }
}
