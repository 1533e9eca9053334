package vn.hoinghi.conference;

import java.time.Instant;
import java.time.LocalDate;

/** A conference and the facts its plan carries. Times are instants; show them in Vietnam's zone. */
public record Conference(long id, String title, String organizer, String planNumber, String province, String venue,
                         ConferenceFormat format, String formatNote, Instant startsAt, Instant endsAt,
                         int expectedHallDelegates, String signerBlock, String signerName,
                         LocalDate submissionDeadline, String submissionEmail, int pointSilenceMinutes,
                         int version) {

    /** How long a remote point may stay silent on the day before the status wall flags it. */
    public java.time.Duration pointSilence() {
        return java.time.Duration.ofMinutes(pointSilenceMinutes);
    }
}
