package vn.hoinghi.point.repository;

import static vn.hoinghi.database.jooq.Tables.MEETING_POINT;
import static vn.hoinghi.database.jooq.Tables.POINT_COORDINATOR;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** How many coordinators run a point, and how many points a unit hosts: such a record is not deleted. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class PointReferenceRepository {

    private final DSLContext dsl;

    PointReferenceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public int coordinatorsOf(long pointId) {
        return dsl.fetchCount(POINT_COORDINATOR, POINT_COORDINATOR.MEETING_POINT_ID.eq(pointId));
    }

    public int hostedBy(long unitId) {
        return dsl.fetchCount(MEETING_POINT, MEETING_POINT.HOST_UNIT_ID.eq(unitId));
    }
}
