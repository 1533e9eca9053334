package vn.hoinghi.submission;

/** The committee's decision on the latest version of a contribution. */
public enum ReviewDecision {
    ACCEPT("Chấp nhận", ContributionStatus.ACCEPTED),
    ASK_CHANGES("Yêu cầu chỉnh sửa", ContributionStatus.CHANGES_REQUESTED),
    REFUSE("Không chấp nhận", ContributionStatus.REFUSED);

    public final String label;
    public final ContributionStatus status;

    ReviewDecision(String label, ContributionStatus status) {
        this.label = label;
        this.status = status;
    }

    /** Asking for changes and refusing must say why: the unit reads it. */
    public boolean needsComment() {
        return this != ACCEPT;
    }
}
