package vn.hoinghi.submission;

import java.time.Clock;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.submission.repository.ContributionRepository;
import vn.hoinghi.submission.repository.VersionRepository;

/**
 * The committee's decisions on the latest version a unit sent — accept, ask for changes, refuse (the last two with a
 * comment the unit reads) — and, for an accepted contribution, whether it is spoken (an agenda item made for it) or
 * only printed in the proceedings (no item). Each step is guarded by the contribution's version: a unit sending a
 * newer version meanwhile makes the decision a conflict, never a decision on a file nobody read.
 */
@Service
@Transactional
public class ReviewService {

    private final ContributionRepository contributions;
    private final ContributionReader reader;
    private final VersionRepository versions;
    private final ContributionAgenda agenda;
    private final AuditLog auditLog;
    private final Clock clock;

    ReviewService(ContributionRepository contributions, ContributionReader reader, VersionRepository versions,
                  ContributionAgenda agenda, AuditLog auditLog, Clock clock) {
        this.contributions = contributions;
        this.reader = reader;
        this.versions = versions;
        this.agenda = agenda;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public void decide(long id, int version, ReviewDecision decision, String comment) {
        Contribution c = current(id, version);
        if (c.latestVersion() == 0) {
            throw new ValidationException(Map.of("decision", Texts.t("submission.review.nothingSent", c.unitName())));
        }
        if (decision != ReviewDecision.ASK_CHANGES && c.status() == decision.status) {
            throw new ValidationException(Map.of("decision", Texts.t("submission.review.already",
                    Texts.t("contrib.status." + c.status().name()))));
        }
        String text = SearchKey.cleanLines(comment);
        if (decision.needsComment() && text == null) {
            throw new ValidationException(Map.of("comment", decision == ReviewDecision.REFUSE
                    ? Texts.t("submission.review.refuseReason")
                    : Texts.t("submission.review.changesComment")));
        }
        if (text != null && text.length() > 2000) {
            throw new ValidationException(Map.of("comment", Texts.t("submission.review.commentTooLong")));
        }
        String by = CurrentUser.usernameOrSystem();
        int next = version;
        if (c.status() == ContributionStatus.ACCEPTED && c.delivery() != null) {
            agenda.remove(c);
            contributions.setDelivery(id, next++, null, null, clock.instant(), by);
        }
        contributions.setStatus(id, next, decision.status, clock.instant(), by);
        versions.addReview(id, c.latestVersion(), decision, text, clock.instant(), by);
        auditLog.record("contribution.review", "contribution", id, "v" + c.latestVersion() + ": "
                + audit("contrib.decision." + decision.name()) + (text == null ? "" : " – " + text)
                + (c.scheduled() ? " · " + audit("submission.audit.unscheduled") : ""));
    }

    /**
     * Spoken: an agenda item "Tham luận: …" with the speaker, the unit, the minutes asked for and the speaking point.
     * Printed only: its item, if it had one, leaves the programme.
     */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void deliver(long id, int version, Delivery delivery) {
        Contribution c = current(id, version);
        if (c.status() != ContributionStatus.ACCEPTED) {
            throw new ValidationException(Map.of("delivery", Texts.t("submission.review.deliverOnlyAccepted")));
        }
        Long itemId = null;
        if (delivery == Delivery.SPOKEN) {
            if (c.speakerName() == null || c.speakerMinutes() == null) {
                throw new ValidationException(Map.of("delivery", Texts.t("submission.review.noSpeaker",
                        c.unitName())));
            }
            itemId = c.scheduled() ? c.agendaItemId() : agenda.schedule(c, contributions.agendaItemsInUse(c.conferenceId()));
        } else {
            agenda.remove(c);
        }
        if (!contributions.setDelivery(id, version, delivery, itemId, clock.instant(), CurrentUser.usernameOrSystem())) {
            throw AssignmentService.conflict();
        }
        auditLog.record("contribution.delivery", "contribution", id, audit("contrib.delivery." + delivery.name())
                + (delivery == Delivery.SPOKEN ? " · " + audit("submission.audit.speakerMinutes", c.speakerLine(),
                String.valueOf(c.speakerMinutes())) : ""));
    }

    /** An audit detail: in Vietnamese whatever the page's language (decision 023). */
    private static String audit(String key, Object... args) {
        return Texts.in(Texts.VIETNAMESE, key, args);
    }

    /** The contribution, locked, if it is still at the version the reviewer saw. */
    private Contribution current(long id, int version) {
        contributions.lock(id);
        return reader.get(id).filter(c -> c.version() == version)
                .orElseThrow(AssignmentService::conflict);
    }
}
