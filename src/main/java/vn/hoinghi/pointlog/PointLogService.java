package vn.hoinghi.pointlog;

import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.alert.AlertService;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.floor.FloorService;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.point.PointService;
import vn.hoinghi.rehearsal.RehearsalService;
import vn.hoinghi.security.AppRoles;

/**
 * The record of each point's day, for the committee after the conference: read from what the point, rehearsal,
 * floor and alert features keep (through their services), as a page, an .xlsx and a Decree-30 PDF.
 */
@Service
@Transactional(readOnly = true)
public class PointLogService {

    private static final String COMMITTEE = AppRoles.COMMITTEE + " and " + AppRoles.SERVED_CONFERENCE;

    private final ConferenceService conferences;
    private final PointService points;
    private final PointDayService pointDay;
    private final RehearsalService rehearsal;
    private final FloorService floor;
    private final AlertService alerts;
    private final Clock clock;

    PointLogService(ConferenceService conferences, PointService points, PointDayService pointDay,
                    RehearsalService rehearsal, FloorService floor, AlertService alerts, Clock clock) {
        this.conferences = conferences;
        this.points = points;
        this.pointDay = pointDay;
        this.rehearsal = rehearsal;
        this.floor = floor;
        this.alerts = alerts;
        this.clock = clock;
    }

    @PreAuthorize(COMMITTEE)
    public PointLog log(long conferenceId) {
        Conference conference = conferences.get(conferenceId)
                .orElseThrow(() -> new IllegalArgumentException("No conference " + conferenceId));
        PointLogs.Sources sources = new PointLogs.Sources(rehearsal.plan(conferenceId), rehearsal.record(conferenceId),
                points.summaries(conferenceId), pointDay.history(conferenceId), floor.history(conferenceId),
                alerts.history(conferenceId));
        return PointLogs.build(conference, sources, clock.instant());
    }

    @PreAuthorize(COMMITTEE)
    public byte[] xlsx(long conferenceId) {
        return PointLogWorkbook.write(log(conferenceId));
    }

    @PreAuthorize(COMMITTEE)
    public byte[] pdf(long conferenceId) {
        return PointLogPdf.write(log(conferenceId));
    }
}
