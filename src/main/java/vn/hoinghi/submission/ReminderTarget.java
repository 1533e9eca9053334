package vn.hoinghi.submission;

import java.time.Instant;
import java.time.LocalDate;

/** A contribution the unit still owes, with where to write: the unit's contact e-mail (null when it has none). */
public record ReminderTarget(long contributionId, long conferenceId, String conferenceTitle, String unitName,
                             String email, String topic, LocalDate deadline, ContributionStatus status,
                             Instant remindedAt) {
}
