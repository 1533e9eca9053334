package vn.hoinghi.submission;

import java.time.Clock;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
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
            throw new ValidationException(Map.of("decision", c.unitName() + " chưa gửi bài: chưa có gì để duyệt."));
        }
        if (decision != ReviewDecision.ASK_CHANGES && c.status() == decision.status) {
            throw new ValidationException(Map.of("decision", "Tham luận đã ở trạng thái «" + c.status().label + "»."));
        }
        String text = SearchKey.cleanLines(comment);
        if (decision.needsComment() && text == null) {
            throw new ValidationException(Map.of("comment", decision == ReviewDecision.REFUSE
                    ? "Hãy ghi lý do không chấp nhận để đơn vị biết."
                    : "Hãy ghi nhận xét: đơn vị cần chỉnh sửa những gì."));
        }
        if (text != null && text.length() > 2000) {
            throw new ValidationException(Map.of("comment", "Nhận xét dài quá 2.000 ký tự."));
        }
        String by = CurrentUser.usernameOrSystem();
        int next = version;
        if (c.status() == ContributionStatus.ACCEPTED && c.delivery() != null) {
            agenda.remove(c);
            contributions.setDelivery(id, next++, null, null, clock.instant(), by);
        }
        contributions.setStatus(id, next, decision.status, clock.instant(), by);
        versions.addReview(id, c.latestVersion(), decision, text, clock.instant(), by);
        auditLog.record("contribution.review", "contribution", id, "v" + c.latestVersion() + ": " + decision.label
                + (text == null ? "" : " – " + text) + (c.scheduled() ? " · đã bỏ khỏi chương trình" : ""));
    }

    /**
     * Spoken: an agenda item "Tham luận: …" with the speaker, the unit, the minutes asked for and the speaking point.
     * Printed only: its item, if it had one, leaves the programme.
     */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void deliver(long id, int version, Delivery delivery) {
        Contribution c = current(id, version);
        if (c.status() != ContributionStatus.ACCEPTED) {
            throw new ValidationException(Map.of("delivery", "Chỉ chọn hình thức trình bày cho tham luận đã được chấp nhận."));
        }
        Long itemId = null;
        if (delivery == Delivery.SPOKEN) {
            if (c.speakerName() == null || c.speakerMinutes() == null) {
                throw new ValidationException(Map.of("delivery", c.unitName() + " chưa cử người trình bày (họ tên và số"
                        + " phút): hãy nhập người trình bày trước khi xếp vào chương trình."));
            }
            itemId = c.scheduled() ? c.agendaItemId() : agenda.schedule(c, contributions.agendaItemsInUse(c.conferenceId()));
        } else {
            agenda.remove(c);
        }
        if (!contributions.setDelivery(id, version, delivery, itemId, clock.instant(), CurrentUser.usernameOrSystem())) {
            throw new VersionConflictException(AssignmentService.CONFLICT);
        }
        auditLog.record("contribution.delivery", "contribution", id, delivery.label
                + (delivery == Delivery.SPOKEN ? " · " + c.speakerLine() + ", " + c.speakerMinutes() + " phút" : ""));
    }

    /** The contribution, locked, if it is still at the version the reviewer saw. */
    private Contribution current(long id, int version) {
        contributions.lock(id);
        return reader.get(id).filter(c -> c.version() == version)
                .orElseThrow(() -> new VersionConflictException(AssignmentService.CONFLICT));
    }
}
