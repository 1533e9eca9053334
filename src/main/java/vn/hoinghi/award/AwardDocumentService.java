package vn.hoinghi.award;

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

/** The award documents: the list attached to a decision (PDF and .xlsx) and the nomination list (.xlsx). */
@Service
@Transactional(readOnly = true)
public class AwardDocumentService {

    private final DecisionService decisions;
    private final NominationService nominations;
    private final QuotaService quotas;
    private final ConferenceService conferences;
    private final CeremonyService ceremonies;

    AwardDocumentService(DecisionService decisions, NominationService nominations, QuotaService quotas,
                         ConferenceService conferences, CeremonyService ceremonies) {
        this.decisions = decisions;
        this.nominations = nominations;
        this.quotas = quotas;
        this.conferences = conferences;
        this.ceremonies = ceremonies;
    }

    /**
     * One certificate page per recipient in a decision (decided or presented), in the order they are called on
     * stage, with the decision's number, date and signer: one PDF to print.
     */
    @PreAuthorize(AppRoles.COMMITTEE)
    public byte[] certificatesPdf(long conferenceId) {
        Conference c = conference(conferenceId);
        List<Nomination> recipients = nominations.list(conferenceId, NominationFilter.ALL).stream()
                .filter(n -> n.status() == NominationStatus.DECIDED || n.status() == NominationStatus.PRESENTED).toList();
        if (recipients.isEmpty()) {
            throw new ValidationException(Map.of("certificates", Texts.t("award.certificates.none")));
        }
        List<Long> order = ceremonies.plan(conferenceId).allRecipients().stream().map(CeremonyRecipient::nominationId).toList();
        Map<Long, AwardDecision> byId = decisions.list(conferenceId).stream()
                .collect(java.util.stream.Collectors.toMap(AwardDecision::id, d -> d));
        return CertificatePdf.of(Certificates.of(recipients, order, quotas.settings(conferenceId).forms(), byId, c.province()));
    }

    /** "Danh sách khen thưởng kèm theo Quyết định" as PDF in the Decree 30 layout. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public byte[] decisionPdf(long decisionId) {
        AwardDecision d = decisions.get(decisionId);
        return DecisionListPdf.write(conference(d.conferenceId()), d, groups(d));
    }

    /** The same list as .xlsx (the importer reads it back). */
    @PreAuthorize(AppRoles.COMMITTEE)
    public byte[] decisionXlsx(long decisionId) {
        AwardDecision d = decisions.get(decisionId);
        AwardGroups groups = groups(d);
        return NominationWorkbook.write(conference(d.conferenceId()).organizer(), groups.decisionTitle(d), groups, false);
    }

    /** The nominations the caller may see through the filter, with their status (a unit: its own). */
    @PreAuthorize(AppRoles.COMMITTEE_AND_UNITS + " and " + AppRoles.SERVED_CONFERENCE)
    public byte[] nominationsXlsx(long conferenceId, NominationFilter filter) {
        Conference c = conference(conferenceId);
        List<Nomination> list = nominations.list(conferenceId, filter);
        if (list.isEmpty()) {
            throw new ValidationException(Map.of("filter", Texts.t("award.list.empty")));
        }
        return NominationWorkbook.write(c.organizer(), List.of(AwardGroups.NOMINATIONS_TITLE, c.title()),
                AwardGroups.of(list, quotas.settings(conferenceId).forms()), true);
    }

    private AwardGroups groups(AwardDecision d) {
        return AwardGroups.of(decisions.nominations(d.id()), quotas.settings(d.conferenceId()).forms());
    }

    private Conference conference(long id) {
        return conferences.get(id).orElseThrow(() -> new IllegalArgumentException(Texts.t("award.noConference")));
    }
}
