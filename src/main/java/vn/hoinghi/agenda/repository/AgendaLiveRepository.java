package vn.hoinghi.agenda.repository;

import static vn.hoinghi.database.jooq.Tables.AGENDA_LIVE;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.agenda.LiveState;
import vn.hoinghi.base.Times;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class AgendaLiveRepository {

    private final DSLContext dsl;

    AgendaLiveRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<LiveState> find(long conferenceId) {
        return dsl.selectFrom(AGENDA_LIVE).where(AGENDA_LIVE.CONFERENCE_ID.eq(conferenceId))
                .fetchOptional(AgendaLiveRepository::toState);
    }

    /** The state, its row locked until the transaction ends, so two MCs pressing "next" at once move one step each. */
    public LiveState lock(long conferenceId) {
        dsl.insertInto(AGENDA_LIVE).set(AGENDA_LIVE.CONFERENCE_ID, conferenceId).onDuplicateKeyIgnore().execute();
        return dsl.selectFrom(AGENDA_LIVE).where(AGENDA_LIVE.CONFERENCE_ID.eq(conferenceId)).forUpdate()
                .fetchOne(AgendaLiveRepository::toState);
    }

    public void save(LiveState s, Instant at, String by) {
        dsl.update(AGENDA_LIVE)
                .set(AGENDA_LIVE.CURRENT_ITEM_ID, s.currentItemId())
                .set(AGENDA_LIVE.STARTED_AT, Times.toUtc(s.startedAt()))
                .set(AGENDA_LIVE.PAUSED_AT, Times.toUtc(s.pausedAt()))
                .set(AGENDA_LIVE.PAUSED_MILLIS, s.pausedMillis())
                .set(AGENDA_LIVE.EXTRA_SECONDS, s.extraSeconds())
                .set(AGENDA_LIVE.MESSAGE, s.message())
                .set(AGENDA_LIVE.MESSAGE_AT, Times.toUtc(s.messageAt()))
                .set(AGENDA_LIVE.ENDED_AT, Times.toUtc(s.endedAt()))
                .set(AGENDA_LIVE.CHANGED_AT, Times.toUtc(at))
                .set(AGENDA_LIVE.CHANGED_BY, by)
                .where(AGENDA_LIVE.CONFERENCE_ID.eq(s.conferenceId()))
                .execute();
    }

    private static LiveState toState(Record r) {
        return new LiveState(r.get(AGENDA_LIVE.CONFERENCE_ID), r.get(AGENDA_LIVE.CURRENT_ITEM_ID),
                Times.fromUtc(r.get(AGENDA_LIVE.STARTED_AT)), Times.fromUtc(r.get(AGENDA_LIVE.PAUSED_AT)),
                r.get(AGENDA_LIVE.PAUSED_MILLIS), r.get(AGENDA_LIVE.EXTRA_SECONDS), r.get(AGENDA_LIVE.MESSAGE),
                Times.fromUtc(r.get(AGENDA_LIVE.MESSAGE_AT)), Times.fromUtc(r.get(AGENDA_LIVE.ENDED_AT)));
    }
}
