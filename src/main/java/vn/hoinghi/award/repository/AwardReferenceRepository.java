package vn.hoinghi.award.repository;

import static vn.hoinghi.database.jooq.Tables.NOMINATION;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** How many nominations a unit proposed, withdrawn ones too: such a unit is not deleted. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class AwardReferenceRepository {

    private final DSLContext dsl;

    AwardReferenceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public int nominationsOf(long unitId) {
        return dsl.fetchCount(NOMINATION, NOMINATION.PROPOSING_UNIT_ID.eq(unitId));
    }
}
