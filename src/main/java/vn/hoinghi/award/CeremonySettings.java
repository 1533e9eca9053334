package vn.hoinghi.award;

import java.time.Instant;

/**
 * How a conference's ceremony is planned (batch size, order rule, when the batches were made and by whom) and the
 * batch on stage now ({@code currentBatch}; null: none yet, or the item's opening words). The version guards the
 * plan; moving from batch to batch does not change it.
 */
public record CeremonySettings(long conferenceId, int batchSize, CeremonyOrder order, Instant generatedAt,
                               String generatedBy, Integer currentBatch, int version) {

    public static final int DEFAULT_BATCH_SIZE = 10;
    public static final int MAX_BATCH_SIZE = 50;

    public static CeremonySettings none(long conferenceId) {
        return new CeremonySettings(conferenceId, DEFAULT_BATCH_SIZE, CeremonyOrder.COLLECTIVES_FIRST_BY_UNIT, null,
                null, null, 0);
    }

    public boolean generated() {
        return generatedAt != null;
    }
}
