package vn.hoinghi.agenda;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.agenda.repository.AgendaLiveRepository;
import vn.hoinghi.agenda.repository.AgendaRepository;
import vn.hoinghi.award.CeremonyLiveService;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.DelegateAnswers;
import vn.hoinghi.delegate.DelegatePass;
import vn.hoinghi.live.ConferenceChanged;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.live.SharedReads;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.CurrentUser;

/**
 * Runs the programme on the day: the MC (or the committee) starts it, moves on, pauses, grants time and sends
 * messages to the speaker's screen. Every change is stored, row-locked, and announced to the conference's
 * screens after the commit ({@link LiveTopic#AGENDA}). While an awards item is on, "next" and "previous" first walk
 * the ceremony's batches ({@link CeremonyLiveService}), and past the last batch move to the next item.
 */
@Service
@Transactional
public class AgendaLiveService {

    public static final String WATCH = "hasAnyRole('" + AppRoles.ADMIN + "','" + AppRoles.STAFF + "','" + AppRoles.MC
            + "','" + AppRoles.POINT + "','" + AppRoles.SCREEN + "') and " + AppRoles.SERVED_CONFERENCE;
    static final int MAX_MESSAGE = 500;

    private final AgendaLiveRepository live;
    private final AgendaRepository items;
    private final AgendaReader reader;
    private final ConferenceService conferences;
    private final CeremonyLiveService ceremony;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SharedReads<Long, AgendaLive> screenReads;
    private final SharedReads<ForDelegate, AgendaLive> delegateReads;
    private final DelegateAnswers delegates;

    AgendaLiveService(AgendaLiveRepository live, AgendaRepository items, AgendaReader reader,
                      ConferenceService conferences, CeremonyLiveService ceremony, AuditLog auditLog, ApplicationEventPublisher events, Clock clock,
                      PlatformTransactionManager transactions, DelegateAnswers delegates) {
        this.delegates = delegates;
        this.live = live;
        this.items = items;
        this.reader = reader;
        this.conferences = conferences;
        this.ceremony = ceremony;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
        this.screenReads = SharedReads.committed(transactions, this::read);
        this.delegateReads = SharedReads.committed(transactions, key -> readForDelegate(key.pass()));
    }

    /**
     * The programme, its live state and the time now: what the MC's and the hall's screens show. The screens that
     * ask at the same moment (all of them, right after a change) share one read of the database in a transaction
     * of its own ({@link SharedReads}); each still sees every change committed before it asked. No transaction
     * here: hundreds of waiting screens must not hold hundreds of connections.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize(WATCH)
    public AgendaLive live(long conferenceId) {
        AgendaLive read = screenReads.get(conferenceId);
        return new AgendaLive(read.agenda(), read.state(), clock.instant(), read.conferenceTitle());
    }

    /**
     * The programme as a delegate's own page shows it, for the holder of a pass (a verified link), without the MC's
     * script and the notes: all the delegate pages of a conference share one read per change (decision 038).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("permitAll()")
    public AgendaLive forDelegate(DelegatePass pass) {
        AgendaLive read = delegateReads.get(new ForDelegate(pass));
        return new AgendaLive(read.agenda(), read.state(), clock.instant(), read.conferenceTitle());
    }

    /** The delegate pages' shared read's key: equal by conference, so a read runs with the pass of the page running it. */
    private record ForDelegate(DelegatePass pass) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ForDelegate other && other.pass.conferenceId() == pass.conferenceId();
        }
        @Override
        public int hashCode() {
            return Long.hashCode(pass.conferenceId());
        }
    }

    private AgendaLive readForDelegate(DelegatePass pass) {
        Conference c = conferences.publicFacts(pass.conferenceId())
                .orElseThrow(() -> new IllegalArgumentException(Texts.t("conference.unknown")));
        Agenda agenda = reader.agenda(c, ids -> delegates.presenterNames(pass, ids));
        LiveState state = live.find(c.id()).orElse(LiveState.notStarted(c.id()));
        return new AgendaLive(agenda, state, clock.instant(), c.title()).withoutBackstage();
    }

    private AgendaLive read(long conferenceId) {
        Conference c = conferences.get(conferenceId)
                .orElseThrow(() -> new IllegalArgumentException(Texts.t("conference.unknown")));
        Agenda agenda = reader.agenda(conferenceId);
        LiveState state = live.find(conferenceId).orElse(LiveState.notStarted(conferenceId));
        return new AgendaLive(agenda, state, clock.instant(), c.title());
    }

    /** Starts the first item (again, if the programme had started or ended). */
    @PreAuthorize(AppRoles.COMMITTEE_AND_MC + " and " + AppRoles.SERVED_CONFERENCE)
    public AgendaLive start(long conferenceId) {
        return change(conferenceId, "agenda.live.start", (s, list, now) -> {
            if (list.isEmpty()) {
                throw new ValidationException(Map.of("agenda", Texts.t("agenda.noItems")));
            }
            return s.startItem(list.getFirst().id(), now);
        });
    }

    /**
     * The next item starts now; after the last one the programme ends. Before the start it starts the first. On an
     * awards item, the ceremony's next batch comes on stage first.
     */
    @PreAuthorize(AppRoles.COMMITTEE_AND_MC + " and " + AppRoles.SERVED_CONFERENCE)
    public AgendaLive next(long conferenceId) {
        return change(conferenceId, "agenda.live.next", (s, list, now) -> onAwards(s, list) && ceremony.forward(conferenceId)
                ? s : moveTo(s, list, index(s, list) + 1, now));
    }

    /**
     * Back to the item before, which starts again now; at the end, back to the last item. On an awards item, back
     * through the ceremony's batches first.
     */
    @PreAuthorize(AppRoles.COMMITTEE_AND_MC + " and " + AppRoles.SERVED_CONFERENCE)
    public AgendaLive previous(long conferenceId) {
        return change(conferenceId, "agenda.live.previous", (s, list, now) -> {
            if (onAwards(s, list) && ceremony.back(conferenceId)) {
                return s;
            }
            int i = s.endedAt() != null ? list.size() : index(s, list);
            return i <= 0 ? s : moveTo(s, list, i - 1, now);
        });
    }

    /** Leaves out the next item (its speaker is not there): the one after it starts now. */
    @PreAuthorize(AppRoles.COMMITTEE_AND_MC + " and " + AppRoles.SERVED_CONFERENCE)
    public AgendaLive skip(long conferenceId) {
        return change(conferenceId, "agenda.live.skip", (s, list, now) -> moveTo(s, list, index(s, list) + 2, now));
    }

    /** Pauses the current item's clock, or lets it run again. */
    @PreAuthorize(AppRoles.COMMITTEE_AND_MC + " and " + AppRoles.SERVED_CONFERENCE)
    public AgendaLive pauseOrResume(long conferenceId) {
        return change(conferenceId, "agenda.live.pause", (s, list, now) -> {
            if (s.currentItemId() == null) {
                return s;
            }
            return s.paused() ? s.resume(now) : s.pause(now);
        });
    }

    /** Grants the current item more time (or takes some back, never below its plan). */
    @PreAuthorize(AppRoles.COMMITTEE_AND_MC + " and " + AppRoles.SERVED_CONFERENCE)
    public AgendaLive extend(long conferenceId, int minutes) {
        if (minutes == 0 || Math.abs(minutes) > 60) {
            throw new ValidationException(Map.of("minutes", Texts.t("agenda.live.extendOutOfRange")));
        }
        return change(conferenceId, "agenda.live.extend", (s, list, now) -> s.currentItemId() == null ? s
                : s.extend(Math.max(minutes * 60, -s.extraSeconds())));
    }

    /** Shows a message on the speaker's screen; a blank one clears it. */
    @PreAuthorize(AppRoles.COMMITTEE_AND_MC + " and " + AppRoles.SERVED_CONFERENCE)
    public AgendaLive message(long conferenceId, String text) {
        String clean = AgendaService.multiline(text);
        if (clean != null && clean.length() > MAX_MESSAGE) {
            throw new ValidationException(Map.of("message",
                    Texts.t("agenda.live.messageTooLong", String.valueOf(MAX_MESSAGE))));
        }
        return change(conferenceId, "agenda.live.message", (s, list, now) -> s.message(clean, now));
    }

    @PreAuthorize(AppRoles.COMMITTEE_AND_MC + " and " + AppRoles.SERVED_CONFERENCE)
    public AgendaLive clearMessage(long conferenceId) {
        return message(conferenceId, null);
    }

    private interface Step {
        LiveState apply(LiveState state, List<AgendaItem> items, Instant now);
    }

    private AgendaLive change(long conferenceId, String action, Step step) {
        LiveState before = live.lock(conferenceId);
        List<AgendaItem> list = items.items(conferenceId);
        Instant now = clock.instant();
        LiveState after = step.apply(before, list, now);
        if (after.currentItemId() != null && !after.currentItemId().equals(before.currentItemId()) && onAwards(after, list)) {
            ceremony.enter(conferenceId, index(before, list) > index(after, list));
        }
        if (!after.equals(before)) {
            live.save(after, now, CurrentUser.usernameOrSystem());
            auditLog.record(action, "conference", conferenceId,
                    after.currentItemId() == null ? (after.endedAt() != null ? "ended" : "") : "item " + after.currentItemId());
            events.publishEvent(new ConferenceChanged(conferenceId, LiveTopic.AGENDA));
        }
        return read(conferenceId); // in this transaction, not shared: the screens hear of it after the commit
    }

    private static boolean onAwards(LiveState s, List<AgendaItem> list) {
        int i = index(s, list);
        return i >= 0 && i < list.size() && list.get(i).kind() == AgendaKind.AWARDS;
    }

    /** The current item's index; -1 before the start (or if the item was deleted). */
    private static int index(LiveState s, List<AgendaItem> list) {
        if (s.endedAt() != null) {
            return list.size();
        }
        for (int i = 0; i < list.size(); i++) {
            if (s.currentItemId() != null && list.get(i).id() == s.currentItemId()) {
                return i;
            }
        }
        return -1;
    }

    private static LiveState moveTo(LiveState s, List<AgendaItem> list, int to, Instant now) {
        if (s.endedAt() != null && to > list.size()) {
            return s;
        }
        if (to >= list.size()) {
            return list.isEmpty() ? s : s.ended(now);
        }
        return s.startItem(list.get(Math.max(0, to)).id(), now);
    }
}
