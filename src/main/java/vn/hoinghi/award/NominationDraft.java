package vn.hoinghi.award;

/** What a nomination form or an imported row holds, before the rules have checked it. */
public record NominationDraft(RecipientType type, String form, Long proposingUnitId, String fullName, String title,
                              String workUnit, String achievement) {
}
