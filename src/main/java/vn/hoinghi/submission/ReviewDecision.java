package vn.hoinghi.submission;

/** The committee's decision on the latest version of a contribution; named by {@code contrib.decision.<NAME>}. */
public enum ReviewDecision {
    ACCEPT(ContributionStatus.ACCEPTED),
    ASK_CHANGES(ContributionStatus.CHANGES_REQUESTED),
    REFUSE(ContributionStatus.REFUSED);

    public final ContributionStatus status;

    ReviewDecision(ContributionStatus status) {
        this.status = status;
    }

    /** Asking for changes and refusing must say why: the unit reads it. */
    public boolean needsComment() {
        return this != ACCEPT;
    }
}
