package vn.hoinghi.point;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.live.ConferenceChanged;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.point.repository.PointDayRepository;
import vn.hoinghi.security.AccountService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.ConferenceAccess;
import vn.hoinghi.security.CurrentAccount;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.ScreenKind;
import vn.hoinghi.security.ScreenLinkService;
import vn.hoinghi.security.ScreenPass;

/**
 * The remote points on the day. A coordinator runs the desk of their own point only (status, headcount,
 * check-in); the committee runs any desk and sees every point on the status wall.
 */
@Service
@Transactional
public class PointDayService {

    /**
     * Who may work at a point's desk: the committee, the coordinators, and a phone signed in with a point's desk link;
     * {@link #desk} then narrows a coordinator and a desk link to their own point.
     */
    public static final String DESK = "(hasAnyRole('" + AppRoles.ADMIN + "','" + AppRoles.STAFF + "','"
            + AppRoles.POINT + "') or (hasRole('" + AppRoles.SCREEN + "') and @screens.shows('DESK')))";
    /** The committee, the MC, and the technicians' display of this conference. */
    public static final String WALL = "hasAnyRole('" + AppRoles.ADMIN + "','" + AppRoles.STAFF + "','" + AppRoles.MC + "','"
            + AppRoles.SCREEN + "') and " + AppRoles.SERVED_CONFERENCE + " and @screens.shows('TECHNICIAN')";
    /** More people than any meeting room holds: a typing slip, not a headcount. */
    static final int MAX_HEADCOUNT = 10_000;
    /** One answer whether the point does not exist or is someone else's: a refusal names no point. */
    private static final String NOT_YOURS = "point.notYours";

    private final PointReader points;
    private final PointDayRepository day;
    private final AccountService accounts;
    private final CurrentAccount account;
    private final ScreenLinkService screens;
    private final ConferenceAccess conferences;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PointDayService(PointReader points, PointDayRepository day, AccountService accounts, CurrentAccount account,
                    ScreenLinkService screens, ConferenceAccess conferences, AuditLog auditLog,
                    ApplicationEventPublisher events, Clock clock) {
        this.screens = screens;
        this.conferences = conferences;
        this.points = points;
        this.day = day;
        this.accounts = accounts;
        this.account = account;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** The point this coordinator runs in this conference. */
    @Transactional(readOnly = true)
    @PreAuthorize(DESK + " and " + AppRoles.SERVED_CONFERENCE)
    public Optional<MeetingPoint> myPoint(long conferenceId) {
        Optional<ScreenPass> pass = ScreenLinkService.current();
        if (pass.isPresent()) {
            return Optional.of(desk(pass.get().pointId()));
        }
        return account.id().flatMap(a -> day.pointOf(a, conferenceId)).flatMap(points::get);
    }

    /**
     * The point, if the caller may run its desk: a coordinator of another point, or of a conference the account no
     * longer serves, is refused; so is a desk link for any point but its own, or once revoked. Every service the desk
     * calls asks this first: it is the one rule of who runs which desk.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(DESK)
    public MeetingPoint desk(long pointId) {
        MeetingPoint point = points.get(pointId).orElseThrow(() -> new AccessDeniedException(Texts.t(NOT_YOURS)));
        conferences.check(point.conferenceId());
        boolean committee = CurrentUser.hasRole(AppRoles.ADMIN) || CurrentUser.hasRole(AppRoles.STAFF);
        boolean allowed = ScreenLinkService.current()
                .map(pass -> pass.kind() == ScreenKind.DESK && Long.valueOf(pointId).equals(pass.pointId())
                        && pass.conferenceId() == point.conferenceId() && screens.isActive(pass.linkId()))
                .orElseGet(() -> committee || coordinates(pointId));
        if (!allowed) {
            throw new AccessDeniedException(Texts.t(NOT_YOURS));
        }
        return point;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(DESK)
    public PointSummary deskSummary(long pointId) {
        MeetingPoint point = desk(pointId);
        return points.summary(point.conferenceId(), pointId).orElseThrow();
    }

    @PreAuthorize(DESK)
    public void setStatus(long pointId, ConnectionStatus status) {
        MeetingPoint point = desk(pointId);
        Instant now = clock.instant();
        day.setStatus(point.conferenceId(), pointId, status, now, PointReporter.name(point));
        auditLog.record("point.status", "meeting_point", pointId, status.name());
        events.publishEvent(new StatusReported(point.conferenceId(), pointId, status, now));
        events.publishEvent(new ConferenceChanged(point.conferenceId(), LiveTopic.POINTS));
    }

    /**
     * Everyone in the point's room, the invited included, as its coordinator counts them; reported again to correct
     * it (the audit log keeps each report).
     */
    @PreAuthorize(DESK)
    public void setHeadcount(long pointId, Integer headcount) {
        MeetingPoint point = desk(pointId);
        if (headcount == null || headcount < 0 || headcount > MAX_HEADCOUNT) {
            throw new ValidationException(Map.of("headcount",
                    Texts.t("point.headcountOutOfRange", String.valueOf(MAX_HEADCOUNT))));
        }
        day.setHeadcount(pointId, headcount, clock.instant(), PointReporter.name(point));
        auditLog.record("point.headcount", "meeting_point", pointId, Integer.toString(headcount));
        events.publishEvent(new ConferenceChanged(point.conferenceId(), LiveTopic.POINTS));
    }

    /**
     * The day starts afresh after the rehearsal: every point of the conference back to "not tested", its headcount and
     * last report cleared, in one go. The history of its reports stays; so do the check-ins. Published as
     * {@link DayReset} inside this transaction, so what else belongs to the day is cleared with it.
     */
    @PreAuthorize(AppRoles.COMMITTEE + " and " + AppRoles.SERVED_CONFERENCE)
    public int resetDay(long conferenceId) {
        conferences.check(conferenceId);
        Instant now = clock.instant();
        String by = CurrentUser.usernameOrSystem();
        int points = day.resetDay(conferenceId);
        auditLog.record("point.dayReset", "conference", conferenceId, Integer.toString(points));
        events.publishEvent(new DayReset(conferenceId, now, by));
        events.publishEvent(new ConferenceChanged(conferenceId, LiveTopic.POINTS));
        return points;
    }

    /**
     * The point a point's screen shows, with its state: a display only its link's point, a coordinator only their
     * own; the MC any point of the conferences it serves; the committee any point.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + AppRoles.ADMIN + "','" + AppRoles.STAFF + "','" + AppRoles.MC + "','" + AppRoles.POINT
            + "','" + AppRoles.SCREEN + "')")
    public PointSummary screenPoint(long pointId) {
        MeetingPoint point = points.get(pointId).orElseThrow(() -> new AccessDeniedException(Texts.t(NOT_YOURS)));
        conferences.check(point.conferenceId());
        boolean allowed = ScreenLinkService.current()
                .map(pass -> pass.kind() == ScreenKind.POINT && Long.valueOf(pointId).equals(pass.pointId())
                        && screens.isActive(pass.linkId()))
                .orElseGet(() -> !CurrentUser.hasRole(AppRoles.POINT)
                        || coordinates(pointId));
        if (!allowed) {
            throw new AccessDeniedException(Texts.t(NOT_YOURS));
        }
        return points.summary(point.conferenceId(), pointId).orElseThrow();
    }

    /** Every point that joins (a withdrawn one is left out) with its status and counts, for the status wall. */
    @Transactional(readOnly = true)
    @PreAuthorize(WALL)
    public List<PointSummary> wall(long conferenceId) {
        return points.summaries(conferenceId).stream().filter(s -> !s.point().withdrawn()).toList();
    }

    /** The points whose desk the committee may open: the hall first, then the remote points not withdrawn. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public List<MeetingPoint> desks(long conferenceId) {
        return points.list(conferenceId).stream().filter(p -> !p.withdrawn()).toList();
    }

    /**
     * Every status report of the conference's points in the order they were made (the rehearsal's included), for the
     * record of the day; at most {@link PointDayRepository#MAX_HISTORY} of them.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public List<StatusReport> history(long conferenceId) {
        return day.history(conferenceId);
    }

    /** Who coordinates which point, by display name. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public List<PointCoordinator> coordinators(long conferenceId) {
        Map<Long, Long> pointOfAccount = day.assignments(conferenceId);
        return accounts.byIds(pointOfAccount.keySet()).stream()
                .map(a -> new PointCoordinator(a.id(), a.username(), a.displayName(), pointOfAccount.get(a.id())))
                .toList();
    }

    /** Enabled accounts with the point coordinator role, by display name. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public List<PointCoordinator> candidates() {
        return accounts.enabledWithRole(AppRoles.POINT).stream()
                .map(a -> new PointCoordinator(a.id(), a.username(), a.displayName(), 0)).toList();
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public void assign(long pointId, long accountId) {
        MeetingPoint point = points.get(pointId).orElseThrow();
        if (candidates().stream().noneMatch(c -> c.accountId() == accountId)) {
            throw new ValidationException(Map.of("account", Texts.t("point.assignToCoordinatorsOnly")));
        }
        day.assign(point.conferenceId(), accountId, pointId);
        conferences.bind(accountId, point.conferenceId()); // a coordinator serves the conference of their point
        auditLog.record("point.assign", "meeting_point", pointId, Long.toString(accountId));
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public void unassign(long conferenceId, long accountId) {
        day.unassign(conferenceId, accountId);
        auditLog.record("point.unassign", "account", accountId, Long.toString(conferenceId));
    }

    /** Whether the signed-in account coordinates this point. */
    private boolean coordinates(long pointId) {
        return account.id().map(a -> day.coordinates(a, pointId)).orElse(false);
    }
}
