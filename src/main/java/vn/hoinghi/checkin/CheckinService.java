package vn.hoinghi.checkin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.checkin.repository.CheckinRepository;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateCodes;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.live.ConferenceChanged;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.CurrentUser;

/**
 * Checks delegates in. One delegate is checked in once however many gates scan at the same moment: the
 * conditional update of the delegate's row decides. The transaction commits before the result is
 * returned, so a green screen always stands for a stored check-in.
 */
@Service
@Transactional
public class CheckinService {

    static final String COMMITTEE = "hasAnyRole('" + AppRoles.ADMIN + "','" + AppRoles.STAFF + "')";
    static final Duration ANNUL_WINDOW = Duration.ofMinutes(15);

    private final CheckinRepository checkins;
    private final DelegateCodes codes;
    private final DelegateService delegates;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final PointDayService pointDay;

    CheckinService(CheckinRepository checkins, DelegateCodes codes, DelegateService delegates, AuditLog auditLog,
                   Clock clock, ApplicationEventPublisher events, PointDayService pointDay) {
        this.checkins = checkins;
        this.codes = codes;
        this.delegates = delegates;
        this.auditLog = auditLog;
        this.clock = clock;
        this.events = events;
        this.pointDay = pointDay;
    }

    /** A scanned or typed code (the bare code or the invitation link) at a gate of this conference. */
    @PreAuthorize(DelegateService.AT_THE_DOOR)
    public CheckinResult scan(long conferenceId, String scanned, String gate) {
        return scan(conferenceId, scanned, gate, "QR", CurrentUser.usernameOrSystem(), null);
    }

    /** A delegate found by name or phone at the gate, without their code. */
    @PreAuthorize(DelegateService.AT_THE_DOOR)
    public CheckinResult checkInFound(long conferenceId, long delegateId, String gate) {
        Delegate d = delegates.getAtTheDoor(delegateId).orElse(null);
        if (d == null) {
            return new CheckinResult(CheckinReason.UNKNOWN, null, null);
        }
        return decide(conferenceId, d, gate, "SEARCH", CurrentUser.usernameOrSystem(), null);
    }

    /** A remote point's coordinator ticks one of the point's delegates. */
    @PreAuthorize(PointDayService.DESK)
    public CheckinResult checkInAtPoint(long pointId, long delegateId) {
        MeetingPoint point = pointDay.desk(pointId);
        return delegates.atPoint(pointId).stream().filter(d -> d.id() == delegateId).findFirst()
                .map(d -> decide(point.conferenceId(), d, point.name(), "POINT", CurrentUser.usernameOrSystem(), null))
                .orElseGet(() -> new CheckinResult(CheckinReason.UNKNOWN, null, null));
    }

    /** A code scanned or typed at a remote point's desk: only that point's delegates check in there. */
    @PreAuthorize(PointDayService.DESK)
    public CheckinResult scanAtPoint(long pointId, String scanned) {
        MeetingPoint point = pointDay.desk(pointId);
        DelegateCodes.Inspection inspection = codes.inspect(scanned);
        Delegate d = inspection.delegate();
        if (inspection.verdict() == DelegateCodes.Verdict.CURRENT && d.conferenceId() == point.conferenceId()
                && d.pointId() != pointId) {
            return new CheckinResult(CheckinReason.OTHER_POINT, d, null);
        }
        return scan(point.conferenceId(), scanned, point.name(), "POINT", CurrentUser.usernameOrSystem(), null);
    }

    CheckinResult scan(long conferenceId, String scanned, String gate, String method, String by, String requestId) {
        DelegateCodes.Inspection inspection = codes.inspect(scanned);
        CheckinResult refused = refusal(conferenceId, inspection);
        return refused != null ? refused : decide(conferenceId, inspection.delegate(), gate, method, by, requestId);
    }

    /** Why a scanned code checks no one in at this conference, or null when its delegate may check in. */
    static CheckinResult refusal(long conferenceId, DelegateCodes.Inspection inspection) {
        Delegate d = inspection.delegate();
        CheckinReason reason = switch (inspection.verdict()) {
            case MALFORMED, UNKNOWN_DELEGATE -> CheckinReason.UNKNOWN;
            case FORGED -> CheckinReason.INVALID;
            case VOIDED -> d.conferenceId() == conferenceId ? CheckinReason.REVOKED : CheckinReason.OTHER_CONFERENCE;
            case CURRENT -> refusal(conferenceId, d);
        };
        return reason == null ? null : new CheckinResult(reason, d, null);
    }

    private static CheckinReason refusal(long conferenceId, Delegate d) {
        return d.conferenceId() != conferenceId ? CheckinReason.OTHER_CONFERENCE
                : d.withdrawn() ? CheckinReason.REVOKED : null;
    }

    /** The gate's name as stored: cleaned, "Cổng" when none was given. */
    static String gateName(String gate) {
        return gate == null || gate.isBlank() ? "Cổng" : SearchKey.clean(gate);
    }

    private CheckinResult decide(long conferenceId, Delegate d, String gate, String method, String by, String requestId) {
        CheckinReason refused = refusal(conferenceId, d);
        if (refused != null) {
            return new CheckinResult(refused, d, null);
        }
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS); // as stored
        if (!checkins.markCheckedIn(d.id(), now)) {
            // A device repeating a request it already sent gets the answer it missed, not "already".
            var earlier = requestId == null ? java.util.Optional.<Checkin>empty() : checkins.byRequest(conferenceId, requestId);
            return earlier.map(c -> new CheckinResult(CheckinReason.OK, d, c))
                    .orElseGet(() -> new CheckinResult(CheckinReason.ALREADY, d, checkins.active(d.id()).orElse(null)));
        }
        String gateName = gateName(gate);
        long id = checkins.insert(conferenceId, d.id(), d.attendeeName(), d.hasSubstitute(), gateName, method, now, by,
                requestId);
        events.publishEvent(new ConferenceChanged(conferenceId, LiveTopic.ATTENDANCE));
        return new CheckinResult(CheckinReason.OK, d, new Checkin(id, conferenceId, d.id(), d.attendeeName(),
                d.hasSubstitute(), gateName, method, now, by, requestId, null, null, null));
    }

    /** A supervisor undoes a mistaken check-in within 15 minutes, saying why. */
    @PreAuthorize(COMMITTEE)
    public void annul(long checkinId, String reason) {
        Checkin c = checkins.get(checkinId).orElseThrow();
        String why = SearchKey.clean(reason);
        if (why == null) {
            throw new ValidationException(Map.of("reason", "Hãy ghi lý do hủy điểm danh."));
        }
        if (c.annulled()) {
            throw new ValidationException(Map.of("reason", "Lượt điểm danh này đã được hủy."));
        }
        if (Duration.between(c.at(), clock.instant()).compareTo(ANNUL_WINDOW) > 0) {
            throw new ValidationException(Map.of("reason", "Chỉ hủy được trong 15 phút sau khi điểm danh."));
        }
        checkins.annul(checkinId, c.delegateId(), clock.instant(), CurrentUser.usernameOrSystem(), why);
        auditLog.record("checkin.annul", "delegate", c.delegateId(), why);
        events.publishEvent(new ConferenceChanged(c.conferenceId(), LiveTopic.ATTENDANCE));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(DelegateService.AT_THE_DOOR)
    public List<Checkin> recent(long conferenceId, String gate, int limit) {
        return checkins.recent(conferenceId, gate, limit);
    }
}
