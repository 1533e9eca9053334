package vn.hoinghi.floor.repository;

import static vn.hoinghi.database.jooq.Tables.FLOOR_REQUEST;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.floor.FloorRequest;
import vn.hoinghi.floor.FloorSource;
import vn.hoinghi.floor.FloorState;

/** Requests for the floor. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class FloorRepository {

    private final DSLContext dsl;

    FloorRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every request of the conference, in the order they were asked. */
    public List<FloorRequest> history(long conferenceId) {
        return dsl.selectFrom(FLOOR_REQUEST).where(FLOOR_REQUEST.CONFERENCE_ID.eq(conferenceId))
                .orderBy(FLOOR_REQUEST.REQUESTED_AT, FLOOR_REQUEST.ID)
                .fetch(FloorRepository::request);
    }

    public Optional<FloorRequest> get(long id) {
        return dsl.selectFrom(FLOOR_REQUEST).where(FLOOR_REQUEST.ID.eq(id)).fetchOptional(FloorRepository::request);
    }

    /** The requests waiting or speaking in the conference, in the order asked: the MC's list and the cue. */
    public List<FloorRequest> open(long conferenceId) {
        return dsl.selectFrom(FLOOR_REQUEST)
                .where(FLOOR_REQUEST.CONFERENCE_ID.eq(conferenceId))
                .and(FLOOR_REQUEST.STATE.in(FloorState.WAITING, FloorState.SPEAKING))
                .orderBy(FLOOR_REQUEST.REQUESTED_AT, FLOOR_REQUEST.ID)
                .fetch(FloorRepository::request);
    }

    /**
     * The same, their rows locked until the transaction ends: two MCs granting at once are served one after the
     * other, so the conference never has two speakers.
     */
    public List<FloorRequest> lockOpen(long conferenceId) {
        return dsl.selectFrom(FLOOR_REQUEST)
                .where(FLOOR_REQUEST.CONFERENCE_ID.eq(conferenceId))
                .and(FLOOR_REQUEST.STATE.in(FloorState.WAITING, FloorState.SPEAKING))
                .orderBy(FLOOR_REQUEST.REQUESTED_AT, FLOOR_REQUEST.ID)
                .forUpdate()
                .fetch(FloorRepository::request);
    }

    /** This source's requests, newest first, at most {@code limit}. */
    public List<FloorRequest> latestOf(long conferenceId, FloorSource source, int limit) {
        return dsl.selectFrom(FLOOR_REQUEST)
                .where(FLOOR_REQUEST.CONFERENCE_ID.eq(conferenceId)).and(of(source))
                .orderBy(FLOOR_REQUEST.REQUESTED_AT.desc(), FLOOR_REQUEST.ID.desc())
                .limit(limit)
                .fetch(FloorRepository::request);
    }

    /** This source's waiting requests, their rows locked until the transaction ends: one asks at a time. */
    public List<FloorRequest> lockWaitingOf(long conferenceId, FloorSource source) {
        return dsl.selectFrom(FLOOR_REQUEST)
                .where(FLOOR_REQUEST.CONFERENCE_ID.eq(conferenceId)).and(of(source))
                .and(FLOOR_REQUEST.STATE.eq(FloorState.WAITING))
                .forUpdate()
                .fetch(FloorRepository::request);
    }

    public long insert(long conferenceId, Long agendaItemId, FloorSource source, String speaker, String topic,
                       Instant at, String by) {
        return dsl.insertInto(FLOOR_REQUEST)
                .set(FLOOR_REQUEST.CONFERENCE_ID, conferenceId)
                .set(FLOOR_REQUEST.AGENDA_ITEM_ID, agendaItemId)
                .set(FLOOR_REQUEST.MEETING_POINT_ID, source instanceof FloorSource.Point p ? p.pointId() : null)
                .set(FLOOR_REQUEST.DELEGATE_ID, source instanceof FloorSource.HallDelegate d ? d.delegateId() : null)
                .set(FLOOR_REQUEST.SPEAKER, speaker)
                .set(FLOOR_REQUEST.TOPIC, topic)
                .set(FLOOR_REQUEST.STATE, FloorState.WAITING)
                .set(FLOOR_REQUEST.REQUESTED_AT, at)
                .set(FLOOR_REQUEST.REQUESTED_BY, by)
                .returningResult(FLOOR_REQUEST.ID)
                .fetchOne(r -> r.value1());
    }

    /**
     * Moves the request on from {@code from} if its row still has this version; false when someone else changed it
     * first. {@code decided} stamps who decided and when, {@code started}/{@code ended} the floor's time.
     */
    public boolean move(long id, int version, FloorState from, FloorState to, Instant at, String by, boolean decided,
                        boolean started, boolean ended) {
        var update = dsl.update(FLOOR_REQUEST).set(FLOOR_REQUEST.STATE, to)
                .set(FLOOR_REQUEST.VERSION, FLOOR_REQUEST.VERSION.plus(1));
        if (decided) {
            update = update.set(FLOOR_REQUEST.DECIDED_AT, at).set(FLOOR_REQUEST.DECIDED_BY, by);
        }
        if (started) {
            update = update.set(FLOOR_REQUEST.STARTED_AT, at);
        }
        if (ended) {
            update = update.set(FLOOR_REQUEST.ENDED_AT, at);
        }
        return update.where(FLOOR_REQUEST.ID.eq(id)).and(FLOOR_REQUEST.VERSION.eq(version))
                .and(FLOOR_REQUEST.STATE.eq(from)).execute() == 1;
    }

    /** The day's reset: every waiting request withdrawn, the speaker's floor ended; how many rows changed. */
    public int closeAll(long conferenceId, Instant at) {
        int withdrawn = dsl.update(FLOOR_REQUEST).set(FLOOR_REQUEST.STATE, FloorState.WITHDRAWN)
                .set(FLOOR_REQUEST.VERSION, FLOOR_REQUEST.VERSION.plus(1))
                .where(FLOOR_REQUEST.CONFERENCE_ID.eq(conferenceId)).and(FLOOR_REQUEST.STATE.eq(FloorState.WAITING))
                .execute();
        int ended = dsl.update(FLOOR_REQUEST).set(FLOOR_REQUEST.STATE, FloorState.DONE)
                .set(FLOOR_REQUEST.ENDED_AT, at)
                .set(FLOOR_REQUEST.VERSION, FLOOR_REQUEST.VERSION.plus(1))
                .where(FLOOR_REQUEST.CONFERENCE_ID.eq(conferenceId)).and(FLOOR_REQUEST.STATE.eq(FloorState.SPEAKING))
                .execute();
        return withdrawn + ended;
    }

    private static Condition of(FloorSource source) {
        return switch (source) {
            case FloorSource.Point p -> FLOOR_REQUEST.MEETING_POINT_ID.eq(p.pointId());
            case FloorSource.HallDelegate d -> FLOOR_REQUEST.MEETING_POINT_ID.isNull()
                    .and(d.delegateId() == null ? FLOOR_REQUEST.DELEGATE_ID.isNull()
                            : FLOOR_REQUEST.DELEGATE_ID.eq(d.delegateId()));
        };
    }

    static FloorRequest request(Record r) {
        return new FloorRequest(r.get(FLOOR_REQUEST.ID), r.get(FLOOR_REQUEST.CONFERENCE_ID),
                r.get(FLOOR_REQUEST.AGENDA_ITEM_ID), r.get(FLOOR_REQUEST.MEETING_POINT_ID),
                r.get(FLOOR_REQUEST.DELEGATE_ID), r.get(FLOOR_REQUEST.SPEAKER), r.get(FLOOR_REQUEST.TOPIC),
                r.get(FLOOR_REQUEST.STATE), r.get(FLOOR_REQUEST.REQUESTED_AT), r.get(FLOOR_REQUEST.REQUESTED_BY),
                r.get(FLOOR_REQUEST.DECIDED_AT), r.get(FLOOR_REQUEST.DECIDED_BY), r.get(FLOOR_REQUEST.STARTED_AT),
                r.get(FLOOR_REQUEST.ENDED_AT), r.get(FLOOR_REQUEST.VERSION));
    }
}
