package vn.hoinghi.submission;

/** Where a contribution stands: assigned, sent, sent back for changes, accepted or refused by the committee. */
public enum ContributionStatus {
    ASSIGNED("Chưa nộp"),
    SUBMITTED("Đã nộp, chờ duyệt"),
    CHANGES_REQUESTED("Cần chỉnh sửa"),
    ACCEPTED("Đã chấp nhận"),
    REFUSED("Không chấp nhận");

    public final String label;

    ContributionStatus(String label) {
        this.label = label;
    }

    /** A unit may send a (newer) version only while the committee has not decided for good. */
    public boolean acceptsUploads() {
        return this == ASSIGNED || this == SUBMITTED || this == CHANGES_REQUESTED;
    }

    /** The unit still owes a text: nothing sent yet, or changes asked for. */
    public boolean waitingForUnit() {
        return this == ASSIGNED || this == CHANGES_REQUESTED;
    }
}
