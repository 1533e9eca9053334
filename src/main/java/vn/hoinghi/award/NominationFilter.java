package vn.hoinghi.award;

/** What the nomination list shows; a null field does not filter. Withdrawn ones only when their status is asked. */
public record NominationFilter(NominationStatus status, RecipientType type, Long proposingUnitId, String form,
                               String search) {

    public static final NominationFilter ALL = new NominationFilter(null, null, null, null, null);
}
