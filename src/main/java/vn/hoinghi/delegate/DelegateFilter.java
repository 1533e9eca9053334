package vn.hoinghi.delegate;

/** What the delegate list is narrowed to; null means "any". */
public record DelegateFilter(String search, Long groupId, Long pointId, Long unitId, InvitationStatus status,
                             Boolean checkedIn, boolean withdrawn) {

    public static DelegateFilter all() {
        return new DelegateFilter(null, null, null, null, null, null, false);
    }
}
