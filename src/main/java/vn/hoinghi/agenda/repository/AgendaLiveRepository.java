package vn.hoinghi.agenda.repository;

import static org.jooq.impl.DSL.row;
import static vn.hoinghi.database.jooq.Tables.AGENDA_LIVE;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.agenda.LiveState;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class AgendaLiveRepository {

    private static final SelectField<LiveState> STATE = row(AGENDA_LIVE.CONFERENCE_ID, AGENDA_LIVE.CURRENT_ITEM_ID,
            AGENDA_LIVE.STARTED_AT, AGENDA_LIVE.PAUSED_AT, AGENDA_LIVE.PAUSED_MILLIS, AGENDA_LIVE.EXTRA_SECONDS,
            AGENDA_LIVE.MESSAGE, AGENDA_LIVE.MESSAGE_AT, AGENDA_LIVE.ENDED_AT).mapping(LiveState::new);

    private final DSLContext dsl;

    AgendaLiveRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<LiveState> find(long conferenceId) {
        return dsl.select(STATE).from(AGENDA_LIVE).where(AGENDA_LIVE.CONFERENCE_ID.eq(conferenceId))
                .fetchOptional(Record1::value1);
    }

    /** The state, its row locked until the transaction ends, so two MCs pressing "next" at once move one step each. */
    public LiveState lock(long conferenceId) {
        dsl.insertInto(AGENDA_LIVE).set(AGENDA_LIVE.CONFERENCE_ID, conferenceId).onDuplicateKeyIgnore().execute();
        return dsl.select(STATE).from(AGENDA_LIVE).where(AGENDA_LIVE.CONFERENCE_ID.eq(conferenceId)).forUpdate()
                .fetchOne(Record1::value1);
    }

    public void save(LiveState s, Instant at, String by) {
        dsl.update(AGENDA_LIVE)
                .set(AGENDA_LIVE.CURRENT_ITEM_ID, s.currentItemId())
                .set(AGENDA_LIVE.STARTED_AT, s.startedAt())
                .set(AGENDA_LIVE.PAUSED_AT, s.pausedAt())
                .set(AGENDA_LIVE.PAUSED_MILLIS, s.pausedMillis())
                .set(AGENDA_LIVE.EXTRA_SECONDS, s.extraSeconds())
                .set(AGENDA_LIVE.MESSAGE, s.message())
                .set(AGENDA_LIVE.MESSAGE_AT, s.messageAt())
                .set(AGENDA_LIVE.ENDED_AT, s.endedAt())
                .set(AGENDA_LIVE.CHANGED_AT, at)
                .set(AGENDA_LIVE.CHANGED_BY, by)
                .where(AGENDA_LIVE.CONFERENCE_ID.eq(s.conferenceId()))
                .execute();
    }
}
