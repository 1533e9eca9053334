package vn.hoinghi.award;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.award.repository.DecisionRepository;
import vn.hoinghi.base.Texts;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog.AuditEntry;
import vn.hoinghi.security.AuditLog;

/** The awards' audit log, read from the application's one audit log: per nomination, and for a whole conference. */
@Service
@Transactional(readOnly = true)
public class AwardHistoryService {

    static final String SETTINGS = "award_setting";

    private final NominationService nominationService;
    private final NominationReader nominations;
    private final DecisionRepository decisions;
    private final AuditLog auditLog;

    AwardHistoryService(NominationService nominationService, NominationReader nominations,
                        DecisionRepository decisions, AuditLog auditLog) {
        this.nominationService = nominationService;
        this.nominations = nominations;
        this.decisions = decisions;
        this.auditLog = auditLog;
    }

    /** Every change of one nomination, oldest first; a unit sees only its own nominations' history. */
    @PreAuthorize(AppRoles.COMMITTEE_AND_UNITS)
    public List<AwardHistory> of(long nominationId) {
        Nomination n = nominationService.get(nominationId);
        return auditLog.forSubject(NominationService.SUBJECT, nominationId).stream()
                .map(e -> line(e, n.fullName())).toList();
    }

    /** Every change to the conference's nominations, decisions and quotas, newest first. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public List<AwardHistory> ofConference(long conferenceId) {
        Map<Long, String> names = nominations.find(conferenceId, NominationFilter.ALL, null).stream()
                .collect(Collectors.toMap(Nomination::id, Nomination::fullName));
        Map<Long, String> numbers = decisions.list(conferenceId).stream()
                .collect(Collectors.toMap(AwardDecision::id, d -> Texts.t("award.history.decision", d.number())));
        List<AwardHistory> all = new ArrayList<>();
        add(all, NominationService.SUBJECT, names);
        add(all, DecisionService.SUBJECT, numbers);
        add(all, SETTINGS, Map.of(conferenceId, Texts.t("award.history.quotas")));
        add(all, CeremonyService.SUBJECT, Map.of(conferenceId, Texts.t("award.history.ceremony")));
        all.sort(Comparator.comparingLong(AwardHistory::sequence).reversed());
        return all;
    }

    private void add(List<AwardHistory> all, String type, Map<Long, String> subjects) {
        auditLog.forSubjects(type, subjects.keySet()).forEach(e -> all.add(line(e, subjects.get(e.subjectId()))));
    }

    private static AwardHistory line(AuditEntry e, String subject) {
        Long nomination = NominationService.SUBJECT.equals(e.subjectType()) ? e.subjectId() : null;
        return new AwardHistory(e.occurredAt(), e.actor(), e.action(), subject, nomination, e.detail(), e.id());
    }
}
