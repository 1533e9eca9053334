package vn.hoinghi.award;

import java.util.Set;

/**
 * Where a proposal stands: proposed by a unit → appraised (accepted within the quota, or refused with a reason)
 * → in the province's decision → presented on stage. A withdrawn proposal stays, with who and when.
 */
public enum NominationStatus {
    PROPOSED("Chờ thẩm định"),
    ACCEPTED("Đã duyệt"),
    REFUSED("Không duyệt"),
    DECIDED("Có quyết định"),
    PRESENTED("Đã trao"),
    WITHDRAWN("Đã rút");

    /** The statuses that take a place of the quota. */
    public static final Set<NominationStatus> PLACED = Set.of(ACCEPTED, DECIDED, PRESENTED);

    public final String label;

    NominationStatus(String label) {
        this.label = label;
    }

    public boolean placed() {
        return PLACED.contains(this);
    }
}
