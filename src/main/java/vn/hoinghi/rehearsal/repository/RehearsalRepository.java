package vn.hoinghi.rehearsal.repository;

import static vn.hoinghi.database.jooq.Tables.REHEARSAL;
import static vn.hoinghi.database.jooq.Tables.REHEARSAL_CHECK;

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
}
