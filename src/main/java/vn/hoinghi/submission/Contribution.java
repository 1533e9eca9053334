package vn.hoinghi.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.hoinghi.base.Times;

/**
 * A contribution ("tham luận") assigned to a unit, with its speaker, the latest version it sent ({@code latestVersion}
 * 0: none yet) and the committee's latest decision. {@code speaksFromPointId} null is the hall.
 */
public record Contribution(long id, long conferenceId, int position, long unitId, String unitName, String topic,
                           LocalDate deadline, String notes, ContributionStatus status, String speakerName,
                           String speakerTitle, Integer speakerMinutes, Long speaksFromPointId,
                           String speaksFromPointName, Delivery delivery, Long agendaItemId, Instant remindedAt,
                           int version, int latestVersion, Instant latestAt, ReviewDecision lastDecision,
                           String lastComment) {

    /** The contribution with its unit and speaking point named (the unit and point features keep the names). */
    Contribution named(String unit, String point) {
        return new Contribution(id, conferenceId, position, unitId, unit, topic, deadline, notes, status, speakerName,
                speakerTitle, speakerMinutes, speaksFromPointId, point, delivery, agendaItemId, remindedAt, version,
                latestVersion, latestAt, lastDecision, lastComment);
    }

    /** Overdue: the deadline day has passed in Vietnam and the unit still owes a text (none sent, or changes asked). */
    public boolean overdueOn(LocalDate today) {
        return status.waitingForUnit() && today.isAfter(deadline);
    }

    /** Days until the deadline (0 on the day itself, negative once it has passed). */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, deadline);
    }

    /** Whether a file sent at that instant comes after the deadline day. */
    public boolean lateAt(Instant at) {
        return Times.local(at).toLocalDate().isAfter(deadline);
    }

    public boolean latestLate() {
        return latestAt != null && lateAt(latestAt);
    }

    /** "Name, title" as the agenda prints the presenter; null while no speaker is named. */
    public String speakerLine() {
        if (speakerName == null) {
            return null;
        }
        return speakerTitle == null ? speakerName : speakerName + ", " + speakerTitle;
    }

    public boolean scheduled() {
        return agendaItemId != null;
    }
}
