package vn.hoinghi.alert;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.alert.repository.AlertRepository;
import vn.hoinghi.base.Lengths;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.live.ConferenceChanged;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AccountService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.CommitteeRights;
import vn.hoinghi.security.CurrentAccount;
import vn.hoinghi.security.ScreenLinkService;

/** Alerts about points in trouble, told to the technician on duty for their cluster and acknowledged by a person. */
@Service
@Transactional
public class AlertService {

    private final AlertRepository alerts;
    private final PointService points;
    private final ScreenLinkService screens;
    private final CurrentAccount account;
    private final AccountService accounts;
    private final CommitteeRights rights;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AlertService(AlertRepository alerts, PointService points, ScreenLinkService screens, CurrentAccount account,
                 AccountService accounts, CommitteeRights rights, AuditLog auditLog, ApplicationEventPublisher events,
                 Clock clock) {
        this.alerts = alerts;
        this.points = points;
        this.screens = screens;
        this.account = account;
        this.accounts = accounts;
        this.rights = rights;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** Every alert of the conference, oldest first, for the record of the day. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE + " and " + AppRoles.SERVED_CONFERENCE)
    public List<PointAlert> history(long conferenceId) {
        return alerts.history(conferenceId);
    }

    /** The alert log of the conference's page: every alert, newest first, with its point's name and cluster. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE + " and " + AppRoles.SERVED_CONFERENCE)
    public List<AlertLine> log(long conferenceId) {
        return lines(conferenceId, alerts.history(conferenceId).reversed());
    }

    /**
     * The banner: the alerts neither acknowledged nor cleared, newest first; for whoever watches the wall or the
     * technicians' screen (the committee, the MC, the technicians' screen link of this conference).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(PointDayService.WALL)
    public List<AlertLine> open(long conferenceId) {
        return lines(conferenceId, alerts.open(conferenceId));
    }

    /**
     * A person says they have it in hand: their name (required: a screen link's account is only "screen-N") and the
     * time are recorded. Allowed to whoever sees the banner; a revoked screen link or an alert of another conference
     * is refused.
     *
     * @return false when someone acknowledged it first
     * @throws ValidationException keyed "name"
     */
    @PreAuthorize(PointDayService.WALL)
    public boolean acknowledge(long conferenceId, long alertId, String name) {
        PointAlert alert = alerts.get(alertId).filter(a -> a.conferenceId() == conferenceId)
                .orElseThrow(() -> new AccessDeniedException(Texts.t("alerts.notFound")));
        boolean revoked = ScreenLinkService.current().map(pass -> !screens.isActive(pass.linkId())).orElse(false);
        if (revoked) {
            throw new AccessDeniedException(Texts.t("alerts.notFound"));
        }
        String who = SearchKey.clean(name);
        if (who == null) {
            throw new ValidationException(Map.of("name", Texts.t("alerts.ack.nameMissing")));
        }
        String tooLong = Lengths.tooLong(who, AlertRepository.ACKNOWLEDGER_LENGTH, Texts.t("alerts.ack.name"));
        if (tooLong != null) {
            throw new ValidationException(Map.of("name", tooLong));
        }
        if (!alerts.acknowledge(alert.id(), clock.instant(), who)) {
            return false;
        }
        auditLog.record("alert.acknowledge", "point_alert", alert.id(), who);
        events.publishEvent(new ConferenceChanged(conferenceId, LiveTopic.ALERTS));
        return true;
    }

    /** The name an acknowledgement is offered under: the signed-in account's display name; none for a screen link. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public String suggestedName() {
        if (ScreenLinkService.current().isPresent()) {
            return "";
        }
        return account.id().flatMap(id -> rights.call(() -> accounts.byIds(List.of(id))).stream().findFirst())
                .map(a -> a.displayName() == null ? "" : a.displayName()).orElse("");
    }

    private List<AlertLine> lines(long conferenceId, List<PointAlert> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, MeetingPoint> byId = points.list(conferenceId).stream()
                .collect(Collectors.toMap(MeetingPoint::id, Function.identity()));
        return list.stream().map(a -> {
            MeetingPoint p = byId.get(a.pointId());
            return new AlertLine(a, p == null ? "" : p.name(), p == null ? null : p.cluster());
        }).toList();
    }
}
