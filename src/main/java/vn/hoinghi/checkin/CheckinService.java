package vn.hoinghi.checkin;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.checkin.repository.CheckinRepository;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateCodes;
import vn.hoinghi.delegate.DelegatePresence;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.live.ConferenceChanged;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.CurrentUser;

/**
 * Checks delegates in, however they come: a code or a name at a hall gate, a remote point's desk, a scanner device.
 * Every way ends in {@link CheckinWriter}, which decides and writes. The transaction commits before the result is
 * returned, so a green screen always stands for a stored check-in.
 */
@Service
@Transactional
public class CheckinService {

    static final Duration ANNUL_WINDOW = Duration.ofMinutes(15);

    private final CheckinWriter writer;
    private final CheckinRepository checkins;
    private final DeviceCheckins devices;
    private final DelegateCodes codes;
    private final DelegateService delegates;
    private final DelegatePresence presence;
    private final PointDayService pointDay;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CheckinService(CheckinWriter writer, CheckinRepository checkins, DeviceCheckins devices, DelegateCodes codes,
                   DelegateService delegates, DelegatePresence presence, PointDayService pointDay, AuditLog auditLog,
                   ApplicationEventPublisher events, Clock clock) {
        this.writer = writer;
        this.checkins = checkins;
        this.devices = devices;
        this.codes = codes;
        this.delegates = delegates;
        this.presence = presence;
        this.pointDay = pointDay;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** A scanned or typed code (the bare code or the invitation link) at a gate of this conference. */
    @PreAuthorize(DelegateService.AT_THE_DOOR + " and " + AppRoles.SERVED_CONFERENCE)
    public CheckinResult scan(long conferenceId, String scanned, String gate) {
        return writer.write(new CheckinWriter.Attempt(conferenceId, codes.inspect(scanned), gate, CheckinMethod.QR,
                CurrentUser.usernameOrSystem(), null));
    }

    /** A delegate found by name or phone at the gate, without their code. */
    @PreAuthorize(DelegateService.AT_THE_DOOR + " and " + AppRoles.SERVED_CONFERENCE)
    public CheckinResult checkInFound(long conferenceId, long delegateId, String gate) {
        return delegates.getAtTheDoor(delegateId)
                .map(d -> writer.write(new CheckinWriter.Attempt(conferenceId, found(d), gate, CheckinMethod.SEARCH,
                        CurrentUser.usernameOrSystem(), null)))
                .orElseGet(() -> new CheckinResult(CheckinReason.UNKNOWN, null, null));
    }

    /** A remote point's coordinator ticks one of the point's delegates. */
    @PreAuthorize(PointDayService.DESK)
    public CheckinResult checkInAtPoint(long pointId, long delegateId) {
        MeetingPoint point = pointDay.desk(pointId);
        return delegates.atPoint(pointId).stream().filter(d -> d.id() == delegateId).findFirst()
                .map(d -> writer.write(atPoint(point, found(d))))
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
        return writer.write(atPoint(point, inspection));
    }

    /**
     * A scanner device's scan on its own (with its health declaration), inside the caller's transaction. No method
     * security: the device's token is the credential, and its caller has checked it (decision 013).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CheckinResult scanByDevice(DeviceCall call) {
        return writer.write(byDevice(call, codes.inspect(call.code())));
    }

    /**
     * A scanner device's scan, written in one group with the others waiting (decision 013); completes after its
     * group's commit, or exceptionally when nothing was acknowledged. No method security, as above, and no transaction
     * of the caller's: a device waiting for its group must not hold a database connection the group's writer needs.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public CompletableFuture<CheckinResult> queueFromDevice(DeviceCall call) {
        return devices.checkIn(call);
    }

    static CheckinWriter.Attempt byDevice(DeviceCall call, DelegateCodes.Inspection inspection) {
        return new CheckinWriter.Attempt(call.conferenceId(), inspection, call.gate(), CheckinMethod.API, call.by(),
                call.requestId());
    }

    private static CheckinWriter.Attempt atPoint(MeetingPoint point, DelegateCodes.Inspection inspection) {
        return new CheckinWriter.Attempt(point.conferenceId(), inspection, point.name(), CheckinMethod.POINT,
                CurrentUser.usernameOrSystem(), null);
    }

    /** A delegate found by a person, not by a code: their record is as good as a current code. */
    private static DelegateCodes.Inspection found(Delegate d) {
        return new DelegateCodes.Inspection(DelegateCodes.Verdict.CURRENT, d);
    }

    /** A supervisor undoes a mistaken check-in within 15 minutes, saying why. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void annul(long checkinId, String reason) {
        Checkin c = checkins.get(checkinId).orElseThrow();
        String why = SearchKey.clean(reason);
        if (why == null) {
            throw new ValidationException(Map.of("reason", Texts.t("checkin.annul.reasonMissing")));
        }
        if (c.annulled()) {
            throw new ValidationException(Map.of("reason", Texts.t("checkin.annul.already")));
        }
        if (Duration.between(c.at(), clock.instant()).compareTo(ANNUL_WINDOW) > 0) {
            throw new ValidationException(Map.of("reason", Texts.t("checkin.annul.tooLate")));
        }
        checkins.annul(checkinId, clock.instant(), CurrentUser.usernameOrSystem(), why);
        presence.markAbsent(c.delegateId());
        auditLog.record("checkin.annul", "delegate", c.delegateId(), why);
        events.publishEvent(new ConferenceChanged(c.conferenceId(), LiveTopic.ATTENDANCE));
    }

    /** The conference's active (not annulled) check-ins, by delegate: where and when each delegate came in. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE_AND_MC + " and " + AppRoles.SERVED_CONFERENCE)
    public Map<Long, Checkin> activeByDelegate(long conferenceId) {
        return checkins.activeByDelegate(conferenceId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(DelegateService.AT_THE_DOOR + " and " + AppRoles.SERVED_CONFERENCE)
    public List<Checkin> recent(long conferenceId, String gate, int limit) {
        return checkins.recent(conferenceId, gate, limit);
    }
}
