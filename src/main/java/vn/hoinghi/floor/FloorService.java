package vn.hoinghi.floor;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.Lengths;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateAnswers;
import vn.hoinghi.floor.repository.FloorRepository;
import vn.hoinghi.live.ConferenceChanged;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.point.DayReset;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.ConferenceAccess;
import vn.hoinghi.security.CurrentUser;

/**
 * Asking for the floor in a discussion ("xin phát biểu"), and the MC's answer. A request is asked for the item on now,
 * if that item takes requests ({@link FloorItems}); it waits, and the MC grants it (the speaker has the floor: one at a
 * time per conference) or declines it; the desk may withdraw it while it waits; the MC ends the floor. Every change
 * checks the row's version, is audited and announced ({@link LiveTopic#FLOOR}). Decision 031.
 */
@Service
@Transactional
public class FloorService {

    /** floor_request.speaker holds 255; a name longer than this is a slip. */
    public static final int MAX_SPEAKER = 150;
    /** floor_request.topic. */
    public static final int MAX_TOPIC = 500;
    /** floor_request.requested_by and decided_by. */
    private static final int BY_LENGTH = 100;
    private static final String UNKNOWN = "floor.unknown";

    private final FloorRepository requests;
    private final FloorItems items;
    private final PointDayService pointDay;
    private final DelegateAnswers delegates;
    private final ConferenceAccess conferences;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FloorService(FloorRepository requests, FloorItems items, PointDayService pointDay, DelegateAnswers delegates,
                 ConferenceAccess conferences, AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.delegates = delegates;
        this.requests = requests;
        this.items = items;
        this.pointDay = pointDay;
        this.conferences = conferences;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** Every request of the conference in the order asked, for the record of the day. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE + " and " + AppRoles.SERVED_CONFERENCE)
    public List<FloorRequest> history(long conferenceId) {
        return requests.history(conferenceId);
    }

    /** A point's desk asks for the floor for a speaker at the point, on a topic; the request's id. */
    @PreAuthorize(PointDayService.DESK)
    public long ask(long pointId, String speaker, String topic) {
        MeetingPoint point = pointDay.desk(pointId);
        if (point.withdrawn() || point.hall()) {
            throw refused(point.hall() ? "floor.hallAsksFromItsPage" : "floor.pointWithdrawn");
        }
        return ask(point.conferenceId(), new FloorSource.Point(pointId), speaker, topic);
    }

    /**
     * A delegate in the hall asks for the floor for themselves from their own page (decision 038): the signed code of
     * their link is the credential, checked here again; the speaker is their name (the substitute's, when one comes
     * in their place). A delegate at a remote point asks through the point's desk.
     */
    @PreAuthorize("permitAll()")
    public long askAsDelegate(String code, String topic) {
        Delegate d = delegates.byCode(code).orElseThrow(() -> refused("floor.delegateLinkInvalid"));
        if (!d.atHall()) {
            throw refused("floor.remoteAsksAtItsDesk");
        }
        return ask(d.conferenceId(), new FloorSource.HallDelegate(d.id()), d.attendeeName(), topic);
    }

    /**
     * The one path every door asks through, once it has checked its caller: the point's desk and the hall delegate's
     * page (decisions 031, 038).
     */
    private long ask(long conferenceId, FloorSource source, String speaker, String topic) {
        String name = SearchKey.clean(speaker);
        String about = SearchKey.clean(topic);
        Map<String, String> errors = new HashMap<>();
        if (name == null) {
            errors.put("speaker", Texts.t("floor.speakerRequired"));
        }
        Lengths.check(errors, "speaker", name, MAX_SPEAKER, Texts.t("floor.desk.speaker"));
        Lengths.check(errors, "topic", about, MAX_TOPIC, Texts.t("floor.desk.topic"));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        FloorItem item = items.onNow(conferenceId).filter(FloorItem::takesRequests)
                .orElseThrow(() -> refused("floor.itemTakesNoRequests"));
        Instant now = clock.instant();
        for (FloorRequest waiting : requests.lockWaitingOf(conferenceId, source)) {
            if (Long.valueOf(item.id()).equals(waiting.agendaItemId())) {
                throw refused(source instanceof FloorSource.HallDelegate ? "floor.delegateAlreadyWaiting"
                        : "floor.alreadyWaiting");
            }
            // a request left waiting from an earlier item: the new one, for the discussion on now, replaces it
            requests.move(waiting.id(), waiting.version(), FloorState.WAITING, FloorState.WITHDRAWN, now, by(), false,
                    false, false);
        }
        long id = requests.insert(conferenceId, item.id(), source, name, about, now, by());
        auditLog.record("floor.ask", "floor_request", id, "item " + item.id());
        changed(conferenceId);
        return id;
    }

    /** The desk takes its request back while it waits. */
    @PreAuthorize(PointDayService.DESK)
    public void withdraw(long requestId) {
        FloorRequest request = requests.get(requestId).orElseThrow(() -> new AccessDeniedException(Texts.t(UNKNOWN)));
        if (request.pointId() == null) {
            throw new AccessDeniedException(Texts.t(UNKNOWN));
        }
        pointDay.desk(request.pointId());
        move(request, FloorState.WAITING, FloorState.WITHDRAWN, "floor.withdraw", false, false, false);
    }

    /**
     * The MC gives the speaker the floor; whoever had it gives it back first, so the conference has one speaker.
     * {@code version}: the row as the MC's list showed it, so that two MCs pressing at once do not both win.
     */
    @PreAuthorize(AppRoles.COMMITTEE_AND_MC)
    public void grant(long requestId, int version) {
        FloorRequest request = forTheMc(requestId, version);
        for (FloorRequest open : requests.lockOpen(request.conferenceId())) {
            if (open.state() == FloorState.SPEAKING && open.id() != requestId) {
                move(open, FloorState.SPEAKING, FloorState.DONE, "floor.end", false, false, true);
            }
        }
        move(request, FloorState.WAITING, FloorState.SPEAKING, "floor.grant", true, true, false);
    }

    @PreAuthorize(AppRoles.COMMITTEE_AND_MC)
    public void decline(long requestId, int version) {
        move(forTheMc(requestId, version), FloorState.WAITING, FloorState.DECLINED, "floor.decline", true, false, false);
    }

    /** The speaker gave the floor back. */
    @PreAuthorize(AppRoles.COMMITTEE_AND_MC)
    public void end(long requestId, int version) {
        move(forTheMc(requestId, version), FloorState.SPEAKING, FloorState.DONE, "floor.end", false, false, true);
    }

    /** The day's state reset after the rehearsal: nobody waits and nobody has the floor; the record stays. */
    @EventListener
    void dayReset(DayReset reset) {
        if (requests.closeAll(reset.conferenceId(), reset.at()) > 0) {
            auditLog.record("floor.dayReset", "conference", reset.conferenceId(), null);
            changed(reset.conferenceId());
        }
    }

    private FloorRequest forTheMc(long requestId, int version) {
        FloorRequest request = requests.get(requestId)
                .orElseThrow(() -> new ValidationException(Map.of("request", Texts.t(UNKNOWN))));
        conferences.check(request.conferenceId());
        if (request.version() != version) {
            throw new VersionConflictException(Texts.t("floor.changed"));
        }
        return request;
    }

    private void move(FloorRequest request, FloorState from, FloorState to, String action, boolean decided,
                      boolean started, boolean ended) {
        if (!requests.move(request.id(), request.version(), from, to, clock.instant(), by(), decided, started, ended)) {
            throw new VersionConflictException(Texts.t("floor.changed"));
        }
        auditLog.record(action, "floor_request", request.id(), to.name());
        changed(request.conferenceId());
    }

    private void changed(long conferenceId) {
        events.publishEvent(new ConferenceChanged(conferenceId, LiveTopic.FLOOR));
    }

    private static ValidationException refused(String key) {
        return new ValidationException(Map.of("request", Texts.t(key)));
    }

    private static String by() {
        String name = CurrentUser.usernameOrSystem();
        return name.length() > BY_LENGTH ? name.substring(0, BY_LENGTH) : name;
    }
}
