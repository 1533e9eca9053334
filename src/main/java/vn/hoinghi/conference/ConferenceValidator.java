package vn.hoinghi.conference;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.hoinghi.base.Emails;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;

/** The rules a conference plan must meet; messages name the field, in the page's language. */
final class ConferenceValidator {

    /** From one minute to four hours: longer than a conference lasts is no watch at all. */
    static final int MIN_SILENCE_MINUTES = 1;
    static final int MAX_SILENCE_MINUTES = 240;

    private ConferenceValidator() {
    }

    static void validate(ConferenceDraft d) {
        Map<String, String> e = new LinkedHashMap<>();
        required(e, "title", d.getTitle(), Texts.t("conference.titleMissing"));
        required(e, "organizer", d.getOrganizer(), Texts.t("conference.organizerMissing"));
        required(e, "province", d.getProvince(), Texts.t("conference.provinceMissing"));
        required(e, "venue", d.getVenue(), Texts.t("conference.venueMissing"));
        if (d.getFormat() == null) {
            e.put("format", Texts.t("conference.formatMissing"));
        }
        if (d.getStartsAt() == null) {
            e.put("startsAt", Texts.t("conference.startsAtMissing"));
        }
        if (d.getEndsAt() == null) {
            e.put("endsAt", Texts.t("conference.endsAtMissing"));
        } else if (d.getStartsAt() != null && !d.getEndsAt().isAfter(d.getStartsAt())) {
            e.put("endsAt", Texts.t("conference.endsBeforeStart"));
        }
        notNegative(e, "expectedHallDelegates", d.getExpectedHallDelegates(),
                Texts.t("conference.negativeExpectedDelegates"));
        String email = SearchKey.clean(d.getSubmissionEmail());
        if (email != null && !Emails.valid(email)) {
            e.put("submissionEmail", Texts.t("conference.badSubmissionEmail", email));
        }
        if (d.getSubmissionDeadline() != null && d.getStartsAt() != null
                && d.getSubmissionDeadline().isAfter(d.getStartsAt().toLocalDate())) {
            e.put("submissionDeadline", Texts.t("conference.deadlineAfterStart"));
        }
        Integer silence = d.getPointSilenceMinutes();
        if (silence == null || silence < MIN_SILENCE_MINUTES || silence > MAX_SILENCE_MINUTES) {
            e.put("pointSilenceMinutes", Texts.t("conference.pointSilenceOutOfRange",
                    String.valueOf(MIN_SILENCE_MINUTES), String.valueOf(MAX_SILENCE_MINUTES)));
        }
        if (!e.isEmpty()) {
            throw new ValidationException(e);
        }
    }

    private static void required(Map<String, String> e, String field, String value, String message) {
        if (SearchKey.clean(value) == null) {
            e.put(field, message);
        }
    }

    private static void notNegative(Map<String, String> e, String field, Integer value, String message) {
        if (value != null && value < 0) {
            e.put(field, message);
        }
    }
}
