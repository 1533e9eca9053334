package vn.hoinghi.delegate.repository;

import static vn.hoinghi.database.jooq.Tables.DELEGATE;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** How many delegates refer to a point or a unit, withdrawn ones too: a record they name is not deleted. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class DelegateReferenceRepository {

    private final DSLContext dsl;

    DelegateReferenceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public int atPoint(long pointId) {
        return dsl.fetchCount(DELEGATE, DELEGATE.POINT_ID.eq(pointId));
    }

    public int ofUnit(long unitId) {
        return dsl.fetchCount(DELEGATE, DELEGATE.UNIT_ID.eq(unitId));
    }
}
