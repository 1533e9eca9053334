package vn.hoinghi.award;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.award.repository.NominationRepository;
import vn.hoinghi.award.repository.QuotaRepository;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.live.ConferenceChanged;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.ConferenceAccess;
import vn.hoinghi.security.CurrentUser;

/**
 * The committee's appraisal: accept a proposal within its quota, or refuse it with a reason. Accepting locks the
 * quota's row and counts the places taken under that lock, so two appraisers accepting the last place at the same
 * moment cannot both succeed: the second waits, then sees the quota full.
 */
@Service
@Transactional
public class AppraisalService {


    private final NominationRepository nominations;
    private final NominationReader reader;
    private final QuotaRepository quotas;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ConferenceAccess conferences;

    AppraisalService(NominationRepository nominations, NominationReader reader, QuotaRepository quotas,
                     AuditLog auditLog, ApplicationEventPublisher events, Clock clock, ConferenceAccess conferences) {
        this.conferences = conferences;
        this.nominations = nominations;
        this.reader = reader;
        this.quotas = quotas;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** Accepts a waiting (or earlier refused) proposal if its quota has a place left. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void accept(long id, int version) {
        Nomination n = reader.get(id).orElseThrow(() -> new VersionConflictException(Texts.t(NominationService.CONFLICT)));
        Set<NominationStatus> from = Set.of(NominationStatus.PROPOSED, NominationStatus.REFUSED);
        requireStatus(n, from, "award.action.accept");
        int quota = quotas.lock(n.quotaId());
        int placed = nominations.placedCount(n.quotaId());
        if (placed >= quota) {
            throw new QuotaExceededException(Texts.t("award.quotaFull", Texts.t(n.type().key()).toLowerCase(Texts.current()),
                    n.form(), placed, quota, n.fullName()));
        }
        if (!nominations.appraise(id, version, from, NominationStatus.ACCEPTED, null, CurrentUser.usernameOrSystem(),
                clock.instant())) {
            throw new VersionConflictException(Texts.t(NominationService.CONFLICT));
        }
        auditLog.record("nomination.accept", NominationService.SUBJECT, id,
                AwardAudit.accepted(n.status(), quota - placed - 1, quota));
        changed(n);
    }

    /** Refuses a waiting or accepted proposal (freeing its place); the reason is required and kept. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void refuse(long id, int version, String reason) {
        String why = SearchKey.clean(reason);
        if (why == null) {
            throw new ValidationException(Map.of("reason", Texts.t("awards.refuse.needReason")));
        }
        if (why.length() > 1000) {
            throw new ValidationException(Map.of("reason", Texts.t("award.reasonTooLong")));
        }
        Nomination n = reader.get(id).orElseThrow(() -> new VersionConflictException(Texts.t(NominationService.CONFLICT)));
        Set<NominationStatus> from = Set.of(NominationStatus.PROPOSED, NominationStatus.ACCEPTED);
        requireStatus(n, from, "award.action.refuse");
        if (!nominations.appraise(id, version, from, NominationStatus.REFUSED, why, CurrentUser.usernameOrSystem(),
                clock.instant())) {
            throw new VersionConflictException(Texts.t(NominationService.CONFLICT));
        }
        auditLog.record("nomination.refuse", NominationService.SUBJECT, id,
                AwardAudit.refused(n.status(), why));
        changed(n);
    }

    /** Marks a decided award as presented on stage (the ceremony's batches call this). */
    @PreAuthorize(AppRoles.COMMITTEE_AND_MC)
    public void present(long id, int version) {
        Nomination n = reader.get(id).orElseThrow(() -> new VersionConflictException(Texts.t(NominationService.CONFLICT)));
        conferences.check(n.conferenceId());
        requireStatus(n, Set.of(NominationStatus.DECIDED), "award.action.present");
        if (!nominations.present(id, version, clock.instant())) {
            throw new VersionConflictException(Texts.t(NominationService.CONFLICT));
        }
        auditLog.record("nomination.present", NominationService.SUBJECT, id,
                AwardAudit.status(n.status(), NominationStatus.PRESENTED));
        changed(n);
    }

    private static void requireStatus(Nomination n, Set<NominationStatus> allowed, String actionKey) {
        if (!allowed.contains(n.status())) {
            throw new ValidationException(Map.of("status", Texts.t("award.wrongStatus", Texts.t(actionKey), n.fullName(),
                    Texts.t(n.status().key()))));
        }
    }

    private void changed(Nomination n) {
        events.publishEvent(new ConferenceChanged(n.conferenceId(), LiveTopic.AWARDS));
    }
}
