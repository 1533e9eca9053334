package vn.hoinghi.submission;

/**
 * Where a contribution stands: assigned, sent, sent back for changes, accepted or refused by the committee. Pages and
 * messages name it by {@code contrib.status.<NAME>} in the translation files.
 */
public enum ContributionStatus {
    ASSIGNED,
    SUBMITTED,
    CHANGES_REQUESTED,
    ACCEPTED,
    REFUSED;

    /** A unit may send a (newer) version only while the committee has not decided for good. */
    public boolean acceptsUploads() {
        return this == ASSIGNED || this == SUBMITTED || this == CHANGES_REQUESTED;
    }

    /** The unit still owes a text: nothing sent yet, or changes asked for. */
    public boolean waitingForUnit() {
        return this == ASSIGNED || this == CHANGES_REQUESTED;
    }
}
