package vn.hoinghi.checkin;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.checkin.repository.CheckinRepository;
import vn.hoinghi.checkin.repository.CheckinRepository.NewCheckin;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateCodes;
import vn.hoinghi.delegate.DelegatePresence;
import vn.hoinghi.live.ConferenceChanged;
import vn.hoinghi.live.LiveTopic;

/**
 * The one place a check-in is decided and written, however it comes: a gate's scan or search, a point's desk, a
 * scanner device alone or in a group (decision 013), after a health declaration. Inside the caller's transaction:
 * the delegate's row decides who wins when several gates scan one person at once, and the screens are told after
 * the commit.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CheckinWriter {

    /** A delegate to check in (as their code or their record told), at this gate, this way, by this person. */
    record Attempt(long conferenceId, DelegateCodes.Inspection inspection, String gate, CheckinMethod method, String by,
                   String requestId) {

        Delegate delegate() {
            return inspection.delegate();
        }
    }

    private final CheckinRepository checkins;
    private final DelegatePresence presence;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CheckinWriter(CheckinRepository checkins, DelegatePresence presence, ApplicationEventPublisher events, Clock clock) {
        this.checkins = checkins;
        this.presence = presence;
        this.events = events;
        this.clock = clock;
    }

    /** One result per attempt, in their order; of two attempts for one delegate, the first wins. */
    List<CheckinResult> write(List<Attempt> attempts) {
        return attempts.size() == 1 ? List.of(alone(attempts.getFirst())) : together(attempts);
    }

    CheckinResult write(Attempt attempt) {
        return alone(attempt);
    }

    /** Why an attempt checks no one in at its conference, or null when its delegate may come in. */
    private static CheckinReason refusal(long conferenceId, DelegateCodes.Inspection inspection) {
        Delegate d = inspection.delegate();
        return switch (inspection.verdict()) {
            case MALFORMED, UNKNOWN_DELEGATE -> CheckinReason.UNKNOWN;
            case FORGED -> CheckinReason.INVALID;
            case VOIDED -> d.conferenceId() == conferenceId ? CheckinReason.REVOKED : CheckinReason.OTHER_CONFERENCE;
            case CURRENT -> d.conferenceId() != conferenceId ? CheckinReason.OTHER_CONFERENCE
                    : d.withdrawn() ? CheckinReason.REVOKED : null;
        };
    }

    /**
     * A refusal names the delegate only to a gate of their own conference: a genuine code of another conference
     * says so and nothing more (who they are, where they sit, what they do is not this gate's business).
     */
    private static CheckinResult refused(CheckinReason reason, Attempt a) {
        return new CheckinResult(reason, reason == CheckinReason.OTHER_CONFERENCE ? null : a.delegate(), null);
    }

    /** A single attempt: one conditional update decides, then one insert (4 requests to the database in all). */
    private CheckinResult alone(Attempt a) {
        CheckinReason refused = refusal(a.conferenceId(), a.inspection());
        if (refused != null) {
            return refused(refused, a);
        }
        Delegate d = a.delegate();
        Instant now = now();
        if (!presence.markPresent(d.id(), now)) {
            // A device repeating a request it already sent gets the answer it missed, not "already".
            Optional<Checkin> earlier = a.requestId() == null ? Optional.empty() : checkins.byRequest(a.conferenceId(), a.requestId());
            return earlier.map(c -> new CheckinResult(CheckinReason.OK, d, c))
                    .orElseGet(() -> new CheckinResult(CheckinReason.ALREADY, d, checkins.active(d.id()).orElse(null)));
        }
        NewCheckin row = row(a, now);
        long id = checkins.insert(row);
        events.publishEvent(new ConferenceChanged(a.conferenceId(), LiveTopic.ATTENDANCE));
        return new CheckinResult(CheckinReason.OK, d, new Checkin(id, row.conferenceId(), row.delegateId(),
                row.attendee(), row.substitute(), row.gate(), row.method(), now, row.by(), row.requestId(), null, null, null));
    }

    /** A group: one locking read of those not in yet, one update, one insert, one read of their check-ins. */
    private List<CheckinResult> together(List<Attempt> attempts) {
        List<CheckinResult> results = new ArrayList<>(attempts.size());
        Set<Long> eligible = new LinkedHashSet<>();
        for (Attempt a : attempts) {
            CheckinReason refused = refusal(a.conferenceId(), a.inspection());
            results.add(refused == null ? null : refused(refused, a));
            if (refused == null) {
                eligible.add(a.delegate().id());
            }
        }
        if (eligible.isEmpty()) {
            return results;
        }
        Set<Long> absent = presence.lockAbsent(eligible);
        Instant now = now();
        Set<Long> taken = new HashSet<>();
        List<NewCheckin> rows = new ArrayList<>();
        boolean[] won = new boolean[attempts.size()];
        for (int i = 0; i < attempts.size(); i++) {
            Attempt a = attempts.get(i);
            if (results.get(i) == null && absent.contains(a.delegate().id()) && taken.add(a.delegate().id())) {
                won[i] = true;
                rows.add(row(a, now));
            }
        }
        if (!rows.isEmpty()) {
            if (presence.markPresent(taken, now) != taken.size()) {
                throw new IllegalStateException("A locked delegate row changed under its lock");
            }
            checkins.insertAll(rows);
        }
        Map<Long, Checkin> active = checkins.active(eligible);
        Set<Long> changedConferences = new HashSet<>();
        for (int i = 0; i < attempts.size(); i++) {
            Attempt a = attempts.get(i);
            if (results.get(i) != null) {
                continue;
            }
            Checkin in = active.get(a.delegate().id());
            boolean repeated = in != null && a.requestId() != null && a.requestId().equals(in.requestId());
            results.set(i, new CheckinResult(won[i] || repeated ? CheckinReason.OK : CheckinReason.ALREADY, a.delegate(), in));
            if (won[i]) {
                changedConferences.add(a.conferenceId());
            }
        }
        changedConferences.forEach(c -> events.publishEvent(new ConferenceChanged(c, LiveTopic.ATTENDANCE)));
        return results;
    }

    private static NewCheckin row(Attempt a, Instant at) {
        Delegate d = a.delegate();
        return new NewCheckin(a.conferenceId(), d.id(), d.attendeeName(), d.hasSubstitute(), Checkin.gateName(a.gate()),
                a.method(), at, a.by(), a.requestId());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS); // as stored
    }
}
