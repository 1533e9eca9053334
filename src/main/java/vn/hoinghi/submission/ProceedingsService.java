package vn.hoinghi.submission;

import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.submission.repository.FileRepository;
import vn.hoinghi.submission.repository.ProceedingsRepository;
import vn.hoinghi.unit.UnitService;

/**
 * The proceedings ("kỷ yếu tham luận") of a conference for the committee: one PDF with a cover, the contents and the
 * accepted contributions' own PDF pages in the plan's order. Accepted Word files cannot be merged (the stack has no
 * converter): the contents list them as not included, and so does the result, for the page to warn.
 */
@Service
@Transactional(readOnly = true)
public class ProceedingsService {

    private final ProceedingsRepository proceedings;
    private final FileRepository files;
    private final ConferenceService conferences;
    private final UnitService units;

    ProceedingsService(ProceedingsRepository proceedings, FileRepository files, ConferenceService conferences,
                       UnitService units) {
        this.proceedings = proceedings;
        this.files = files;
        this.conferences = conferences;
        this.units = units;
    }

    /** The accepted contributions in the proceedings' order, whether printed in it or not: what the page shows. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public List<ProceedingsEntry> contents(long conferenceId) {
        return accepted(conferenceId);
    }

    /** The proceedings PDF with the list of accepted contributions it could not include. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public Proceedings make(long conferenceId) {
        Conference conference = conferences.get(conferenceId)
                .orElseThrow(() -> new IllegalArgumentException(Texts.t("submission.noConference")));
        List<ProceedingsEntry> accepted = accepted(conferenceId);
        if (accepted.isEmpty()) {
            throw new ValidationException(Map.of("proceedings", Texts.t("submission.proceedings.nothingAccepted")));
        }
        return ProceedingsPdf.write(conference, accepted, files::content);
    }

    /** The proceedings PDF alone. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public byte[] pdf(long conferenceId) {
        return make(conferenceId).pdf();
    }

    private List<ProceedingsEntry> accepted(long conferenceId) {
        List<ProceedingsEntry> entries = proceedings.accepted(conferenceId);
        Map<Long, String> names = units.names(entries.stream().map(ProceedingsEntry::unitId).toList());
        return entries.stream().map(e -> e.withUnitName(names.get(e.unitId()))).toList();
    }
}
