package vn.hoinghi.award;

import java.util.Set;

/**
 * Where a proposal stands: proposed by a unit → appraised (accepted within the quota, or refused with a reason)
 * → in the province's decision → presented on stage. A withdrawn proposal stays, with who and when.
 */
public enum NominationStatus {
    PROPOSED,
    ACCEPTED,
    REFUSED,
    DECIDED,
    PRESENTED,
    WITHDRAWN;

    /** The statuses that take a place of the quota. */
    public static final Set<NominationStatus> PLACED = Set.of(ACCEPTED, DECIDED, PRESENTED);

    /** Its name in the translation files ("Đã duyệt", "Accepted"). */
    public String key() {
        return "awards.status." + name();
    }

    public boolean placed() {
        return PLACED.contains(this);
    }
}
