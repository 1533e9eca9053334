package vn.hoinghi.submission.report;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.hoinghi.base.Texts;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.submission.report.repository.ReportSettingRepository;

/**
 * A conference's report settings as saved, or, until the committee saves them, the plan's submission deadline and
 * no outline. Called inside the services' transactions, after their own access checks.
 */
@Component
class ReportSettingsReader {

    private final ReportSettingRepository settings;
    private final ConferenceService conferences;

    ReportSettingsReader(ReportSettingRepository settings, ConferenceService conferences) {
        this.settings = settings;
        this.conferences = conferences;
    }

    ReportSettings of(long conferenceId) {
        Conference conference = conference(conferenceId);
        return settings.find(conferenceId).orElseGet(() ->
                new ReportSettings(conferenceId, conference.submissionDeadline(), GeneralOutline.of(conference), Set.of(), 0));
    }

    Conference conference(long conferenceId) {
        return conferences.get(conferenceId).orElseThrow(() -> new IllegalArgumentException(Texts.t("submission.noConference")));
    }
}
