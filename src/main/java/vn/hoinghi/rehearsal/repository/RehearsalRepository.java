package vn.hoinghi.rehearsal.repository;

import static vn.hoinghi.database.jooq.Tables.REHEARSAL;
import static vn.hoinghi.database.jooq.Tables.REHEARSAL_CHECK;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.rehearsal.RehearsalPlan;
import vn.hoinghi.rehearsal.RehearsalTick;

/** The rehearsal's plan and every point's checklist. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class RehearsalRepository {

    private final DSLContext dsl;

    RehearsalRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<RehearsalPlan> plan(long conferenceId) {
        return dsl.select(REHEARSAL.STARTS_AT, REHEARSAL.DAY_RESET_AT, REHEARSAL.DAY_RESET_BY).from(REHEARSAL)
                .where(REHEARSAL.CONFERENCE_ID.eq(conferenceId))
                .fetchOptional(r -> new RehearsalPlan(r.value1(), r.value2(), r.value3()));
    }

    /** The last tick of each item of every point of the conference. */
    public List<RehearsalTick> ticks(long conferenceId) {
        return dsl.select(REHEARSAL_CHECK.MEETING_POINT_ID, REHEARSAL_CHECK.ITEM, REHEARSAL_CHECK.OK,
                        REHEARSAL_CHECK.NOTE, REHEARSAL_CHECK.CHECKED_AT, REHEARSAL_CHECK.CHECKED_BY)
                .from(REHEARSAL_CHECK)
                .where(REHEARSAL_CHECK.CONFERENCE_ID.eq(conferenceId))
                .orderBy(REHEARSAL_CHECK.MEETING_POINT_ID, REHEARSAL_CHECK.ITEM)
                .fetch(r -> new RehearsalTick(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6()));
    }

    /** The last tick of each item of one point. */
    public List<RehearsalTick> ticksOf(long pointId) {
        return dsl.select(REHEARSAL_CHECK.MEETING_POINT_ID, REHEARSAL_CHECK.ITEM, REHEARSAL_CHECK.OK,
                        REHEARSAL_CHECK.NOTE, REHEARSAL_CHECK.CHECKED_AT, REHEARSAL_CHECK.CHECKED_BY)
                .from(REHEARSAL_CHECK)
                .where(REHEARSAL_CHECK.MEETING_POINT_ID.eq(pointId))
                .orderBy(REHEARSAL_CHECK.ITEM)
                .fetch(r -> new RehearsalTick(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6()));
    }

    /**
     * Keeps the last tick of an item only. (Delete and insert, because jOOQ's MySQL upsert uses a row alias that
     * MariaDB does not understand.)
     */
    public void tick(long conferenceId, RehearsalTick tick) {
        dsl.deleteFrom(REHEARSAL_CHECK)
                .where(REHEARSAL_CHECK.MEETING_POINT_ID.eq(tick.pointId()).and(REHEARSAL_CHECK.ITEM.eq(tick.item())))
                .execute();
        dsl.insertInto(REHEARSAL_CHECK)
                .set(REHEARSAL_CHECK.CONFERENCE_ID, conferenceId)
                .set(REHEARSAL_CHECK.MEETING_POINT_ID, tick.pointId())
                .set(REHEARSAL_CHECK.ITEM, tick.item())
                .set(REHEARSAL_CHECK.OK, tick.ok())
                .set(REHEARSAL_CHECK.NOTE, tick.note())
                .set(REHEARSAL_CHECK.CHECKED_AT, tick.at())
                .set(REHEARSAL_CHECK.CHECKED_BY, tick.by())
                .execute();
    }

    /** The rehearsal's time; null clears it. */
    public void setStartsAt(long conferenceId, Instant startsAt) {
        ensurePlan(conferenceId);
        dsl.update(REHEARSAL).set(REHEARSAL.STARTS_AT, startsAt)
                .where(REHEARSAL.CONFERENCE_ID.eq(conferenceId)).execute();
    }

    /** When and by whom the day's state was last reset. */
    public void dayReset(long conferenceId, Instant at, String by) {
        ensurePlan(conferenceId);
        dsl.update(REHEARSAL).set(REHEARSAL.DAY_RESET_AT, at).set(REHEARSAL.DAY_RESET_BY, by)
                .where(REHEARSAL.CONFERENCE_ID.eq(conferenceId)).execute();
    }

    private void ensurePlan(long conferenceId) {
        dsl.insertInto(REHEARSAL).set(REHEARSAL.CONFERENCE_ID, conferenceId).onDuplicateKeyIgnore().execute();
    }
}
