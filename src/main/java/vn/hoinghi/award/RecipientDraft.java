package vn.hoinghi.award;

/**
 * What the committee sets for a recipient: the delegate linked (who receives for a collective, or the person among
 * the delegates), a stand-in, and the batch to call it in (null: where it is).
 */
public record RecipientDraft(Long delegateId, String standInName, String standInTitle, Integer batch) {
}
