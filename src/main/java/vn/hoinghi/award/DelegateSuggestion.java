package vn.hoinghi.award;

/** A delegate whose name matches a person in the ceremony, for the committee to confirm. */
public record DelegateSuggestion(long nominationId, int version, long delegateId, String fullName, String title) {
}
