package vn.hoinghi.submission.repository;

import static vn.hoinghi.database.jooq.Tables.CONTRIBUTION;
import static vn.hoinghi.database.jooq.Tables.STORED_FILE;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** How many contributions and stored files refer to a point or a unit: a record they name is not deleted. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class SubmissionReferenceRepository {

    private final DSLContext dsl;

    SubmissionReferenceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public int contributionsFromPoint(long pointId) {
        return dsl.fetchCount(CONTRIBUTION, CONTRIBUTION.SPEAKS_FROM_POINT_ID.eq(pointId));
    }

    public int contributionsOfUnit(long unitId) {
        return dsl.fetchCount(CONTRIBUTION, CONTRIBUTION.UNIT_ID.eq(unitId));
    }

    public int filesOfUnit(long unitId) {
        return dsl.fetchCount(STORED_FILE, STORED_FILE.UNIT_ID.eq(unitId));
    }
}
