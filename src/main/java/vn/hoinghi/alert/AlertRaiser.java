package vn.hoinghi.alert;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.alert.repository.AlertRepository;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.live.ConferenceChanged;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.point.ConnectionStatus;
import vn.hoinghi.point.DayReset;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointService;
import vn.hoinghi.point.PointWallService;
import vn.hoinghi.point.StatusReported;
import vn.hoinghi.point.WallPoint;
import vn.hoinghi.security.CommitteeRights;

/**
 * Raises and clears the alerts (decision 032), in the transaction of what caused them: a point reported lost raises
 * LOST, a problem or a failed test TROUBLE, unless one of that kind is still uncleared for the point; a good link
 * (live or tested) clears the point's alerts, and any report clears its silence; the silence check raises SILENT
 * for the points the wall calls silent; the reset of the day clears them all. A withdrawn point raises nothing.
 * The service that reported already checked its caller: what follows (reading the point, queueing the mail) runs
 * with the committee's rights.
 */
@Component
@Transactional
class AlertRaiser {

    private final AlertRepository alerts;
    private final AlertNotifier notifier;
    private final PointService points;
    private final PointWallService walls;
    private final ConferenceService conferences;
    private final CommitteeRights rights;
    private final ApplicationEventPublisher events;

    AlertRaiser(AlertRepository alerts, AlertNotifier notifier, PointService points, PointWallService walls,
                ConferenceService conferences, CommitteeRights rights, ApplicationEventPublisher events) {
        this.alerts = alerts;
        this.notifier = notifier;
        this.points = points;
        this.walls = walls;
        this.conferences = conferences;
        this.rights = rights;
        this.events = events;
    }

    @EventListener
    public void statusReported(StatusReported report) {
        int cleared = alerts.clear(report.pointId(), List.of(AlertKind.SILENT), report.at());
        if (report.status() == ConnectionStatus.LIVE_OK || report.status() == ConnectionStatus.TEST_OK) {
            cleared += alerts.clear(report.pointId(), List.of(AlertKind.LOST, AlertKind.TROUBLE), report.at());
        }
        Optional<AlertKind> kind = kindOf(report.status());
        if (kind.isPresent() && !alerts.hasUncleared(report.pointId(), kind.get())) {
            rights.run(() -> {
                Conference conference = conferences.get(report.conferenceId()).orElseThrow();
                points.list(report.conferenceId()).stream().filter(p -> p.id() == report.pointId()).findFirst()
                        .ifPresent(point -> raise(conference, point, kind.get(), report.at()));
            });
        } else if (cleared > 0) {
            events.publishEvent(new ConferenceChanged(report.conferenceId(), LiveTopic.ALERTS));
        }
    }

    @EventListener
    public void dayReset(DayReset reset) {
        if (alerts.clearAll(reset.conferenceId(), reset.at()) > 0) {
            events.publishEvent(new ConferenceChanged(reset.conferenceId(), LiveTopic.ALERTS));
        }
    }

    /**
     * Raises SILENT for each point of a running conference that the wall calls silent (its rule, decision 028), with
     * the caller's rights (the silence check runs as the system).
     */
    public int raiseSilent(long conferenceId, Instant now) {
        Conference conference = conferences.get(conferenceId).orElseThrow();
        int raised = 0;
        for (WallPoint p : walls.wall(conferenceId).points()) {
            if (p.silent() && !alerts.hasUncleared(p.point().id(), AlertKind.SILENT)) {
                raise(conference, p.point(), AlertKind.SILENT, now);
                raised++;
            }
        }
        return raised;
    }

    private void raise(Conference conference, MeetingPoint point, AlertKind kind, Instant at) {
        if (point.withdrawn()) {
            return;
        }
        long id = alerts.insert(conference.id(), point.id(), kind, at);
        alerts.setNotified(id, notifier.tell(conference, point, id, kind, at));
        events.publishEvent(new ConferenceChanged(conference.id(), LiveTopic.ALERTS));
    }

    private static Optional<AlertKind> kindOf(ConnectionStatus status) {
        return switch (status) {
            case LOST -> Optional.of(AlertKind.LOST);
            case PROBLEM, TEST_FAILED -> Optional.of(AlertKind.TROUBLE);
            default -> Optional.empty();
        };
    }
}
