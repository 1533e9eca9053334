package vn.hoinghi.award;

import java.time.Instant;

/** One line of the awards' audit log: who did what to which nomination (or decision, or the quotas), and when. */
public record AwardHistory(Instant occurredAt, String actor, String action, String subject, Long nominationId,
                           String detail, long sequence) {
}
