package vn.hoinghi.submission;

import java.time.Instant;
import java.time.LocalDate;

/** A contribution the unit still owes, with where to write: the unit's contact e-mail (null when it has none). */
public record ReminderTarget(long contributionId, long conferenceId, String conferenceTitle, long unitId,
                             String unitName, String email, String topic, LocalDate deadline,
                             ContributionStatus status, Instant remindedAt) {

    /** The target with its conference's title and its unit's name and address, which their features keep. */
    ReminderTarget addressed(String title, String unit, String address) {
        return new ReminderTarget(contributionId, conferenceId, title, unitId, unit, address, topic, deadline, status,
                remindedAt);
    }
}
