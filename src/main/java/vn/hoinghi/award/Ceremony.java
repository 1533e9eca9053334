package vn.hoinghi.award;

import java.util.List;

/**
 * A conference's ceremony plan: its settings, the numbered batches, and the decided recipients not in any batch
 * (decided after the batches were made).
 */
public record Ceremony(CeremonySettings settings, List<CeremonyBatch> batches, List<Nomination> unplanned) {

    public int recipients() {
        return batches.stream().mapToInt(b -> b.recipients().size()).sum();
    }

    public long flagged() {
        return batches.stream().mapToLong(CeremonyBatch::flagged).sum();
    }

    public List<CeremonyRecipient> allRecipients() {
        return batches.stream().flatMap(b -> b.recipients().stream()).toList();
    }
}
