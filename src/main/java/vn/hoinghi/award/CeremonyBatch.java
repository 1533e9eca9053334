package vn.hoinghi.award;

import java.util.List;
import vn.hoinghi.delegate.DelegateName;

/** A batch called on stage together: its number, the leader who presents it, and its recipients in order. */
public record CeremonyBatch(long id, int number, Long presenterId, String presenterName, String presenterTitle,
                            int version, List<CeremonyRecipient> recipients) {

    /** The batch with its presenter named (the delegate feature keeps the names) and these recipients. */
    CeremonyBatch named(DelegateName presenter, List<CeremonyRecipient> namedRecipients) {
        return new CeremonyBatch(id, number, presenterId, presenter == null ? null : presenter.fullName(),
                presenter == null ? null : presenter.title(), version, namedRecipients);
    }

    /** The award forms in the batch (one, unless the committee moved someone across). */
    public List<String> forms() {
        return recipients.stream().map(CeremonyRecipient::form).distinct().toList();
    }

    /** The batch's recipients are all collectives, all individuals, or (null) both. */
    public RecipientType type() {
        List<RecipientType> types = recipients.stream().map(CeremonyRecipient::type).distinct().toList();
        return types.size() == 1 ? types.getFirst() : null;
    }

    public long flagged() {
        return recipients.stream().filter(r -> r.flag() != null && !r.hasStandIn()).count();
    }

    /** "Đồng chí Mai Công Tâm, Bí thư Tỉnh ủy", or null before one is chosen. */
    public String presenter() {
        return CeremonyRecipient.person(presenterName, presenterTitle);
    }
}
