package vn.hoinghi.followup.repository;

import static vn.hoinghi.database.jooq.Tables.FOLLOW_UP_TASK;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** How many tasks a unit leads: such a unit is not deleted. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class FollowUpReferenceRepository {

    private final DSLContext dsl;

    FollowUpReferenceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public int tasksLedBy(long unitId) {
        return dsl.fetchCount(FOLLOW_UP_TASK, FOLLOW_UP_TASK.LEAD_UNIT_ID.eq(unitId));
    }
}
