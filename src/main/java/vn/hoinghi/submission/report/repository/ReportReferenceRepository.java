package vn.hoinghi.submission.report.repository;

import static vn.hoinghi.database.jooq.Tables.REPORT_UNIT;
import static vn.hoinghi.database.jooq.Tables.UNIT_REPORT;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** How many conferences ask a unit to report, and how many reports it has begun: such a unit is not deleted. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class ReportReferenceRepository {

    private final DSLContext dsl;

    ReportReferenceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public int listsNaming(long unitId) {
        return dsl.fetchCount(REPORT_UNIT, REPORT_UNIT.UNIT_ID.eq(unitId));
    }

    public int reportsOf(long unitId) {
        return dsl.fetchCount(UNIT_REPORT, UNIT_REPORT.UNIT_ID.eq(unitId));
    }
}
