package vn.hoinghi.rehearsal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.live.ConferenceChanged;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.point.PointReporter;
import vn.hoinghi.rehearsal.repository.RehearsalRepository;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.CurrentUser;

/** The rehearsal before the day: its time, each point's checklist, and the reset of the day after it. */
@Service
@Transactional
public class RehearsalService {

    /** rehearsal_check.note. */
    public static final int MAX_NOTE = 500;

    private final RehearsalRepository rehearsals;
    private final PointDayService pointDay;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RehearsalService(RehearsalRepository rehearsals, PointDayService pointDay, AuditLog auditLog,
                     ApplicationEventPublisher events, Clock clock) {
        this.rehearsals = rehearsals;
        this.pointDay = pointDay;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE + " and " + AppRoles.SERVED_CONFERENCE)
    public RehearsalPlan plan(long conferenceId) {
        return rehearsals.plan(conferenceId).orElse(RehearsalPlan.NONE);
    }

    /** The rehearsal's record: each point that ticked anything, with its ticks; a point not listed did not report. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE + " and " + AppRoles.SERVED_CONFERENCE)
    public List<PointRehearsal> record(long conferenceId) {
        Map<Long, List<RehearsalTick>> byPoint = rehearsals.ticks(conferenceId).stream()
                .collect(Collectors.groupingBy(RehearsalTick::pointId, LinkedHashMap::new, Collectors.toList()));
        return byPoint.entrySet().stream().map(e -> new PointRehearsal(e.getKey(), e.getValue())).toList();
    }

    /** Sets the rehearsal's time; null clears it. */
    @PreAuthorize(AppRoles.COMMITTEE + " and " + AppRoles.SERVED_CONFERENCE)
    public void setTime(long conferenceId, Instant startsAt) {
        rehearsals.setStartsAt(conferenceId, startsAt);
        auditLog.record("rehearsal.time", "conference", conferenceId, startsAt == null ? "" : startsAt.toString());
        events.publishEvent(new ConferenceChanged(conferenceId, LiveTopic.REHEARSAL));
    }

    /** The rehearsal as the point's desk shows it, to whoever may run that desk. */
    @Transactional(readOnly = true)
    @PreAuthorize(PointDayService.DESK)
    public DeskRehearsal desk(long pointId) {
        MeetingPoint point = pointDay.desk(pointId);
        return new DeskRehearsal(rehearsals.plan(point.conferenceId()).orElse(RehearsalPlan.NONE),
                new PointRehearsal(pointId, rehearsals.ticksOf(pointId)));
    }

    /**
     * Ticks one item of the point's checklist as working or failed ({@code note}: what failed); a later tick of the
     * same item replaces it. Refused for a withdrawn point, the hall, and once the day was reset after the rehearsal.
     */
    @PreAuthorize(PointDayService.DESK)
    public void tick(long pointId, RehearsalItem item, boolean ok, String note) {
        MeetingPoint point = pointDay.desk(pointId);
        refusal(point).ifPresent(problem -> {
            throw new ValidationException(Map.of("point", problem));
        });
        String cleaned = ok || note == null || note.isBlank() ? null : note.strip();
        if (cleaned != null && cleaned.length() > MAX_NOTE) {
            throw new ValidationException(Map.of("note", Texts.t("rehearsal.noteTooLong", MAX_NOTE)));
        }
        rehearsals.tick(point.conferenceId(),
                new RehearsalTick(pointId, item, ok, cleaned, clock.instant(), PointReporter.name(point)));
        auditLog.record("rehearsal.tick", "meeting_point", pointId, item + (ok ? " ok" : " failed"));
        events.publishEvent(new ConferenceChanged(point.conferenceId(), LiveTopic.REHEARSAL));
    }

    /** Why this point may not tick its checklist, if it may not. */
    private Optional<String> refusal(MeetingPoint point) {
        if (point.withdrawn()) {
            return Optional.of(Texts.t("rehearsal.refused.withdrawn", point.name()));
        }
        if (point.hall()) {
            return Optional.of(Texts.t("rehearsal.refused.hall"));
        }
        boolean closed = rehearsals.plan(point.conferenceId()).map(p -> p.dayResetAt() != null).orElse(false);
        return closed ? Optional.of(Texts.t("rehearsal.refused.closed")) : Optional.empty();
    }

    /**
     * After the rehearsal, the day starts afresh: every point back to "not tested", headcounts cleared (see
     * {@link PointDayService#resetDay}), in one transaction. The checklists and the points' status history are the
     * rehearsal's record and are kept; check-ins are not touched. A second reset does no harm.
     */
    @PreAuthorize(AppRoles.COMMITTEE + " and " + AppRoles.SERVED_CONFERENCE)
    public void resetDay(long conferenceId) {
        pointDay.resetDay(conferenceId);
        rehearsals.dayReset(conferenceId, clock.instant(), CurrentUser.usernameOrSystem());
        auditLog.record("rehearsal.dayReset", "conference", conferenceId, null);
        events.publishEvent(new ConferenceChanged(conferenceId, LiveTopic.REHEARSAL));
    }
}
