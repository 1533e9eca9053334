package vn.hoinghi.agenda.repository;

import static vn.hoinghi.database.jooq.Tables.AGENDA_ITEM;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** How many agenda items come from a meeting point: a point they name is not deleted. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class AgendaReferenceRepository {

    private final DSLContext dsl;

    AgendaReferenceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public int fromPoint(long pointId) {
        return dsl.fetchCount(AGENDA_ITEM, AGENDA_ITEM.POINT_ID.eq(pointId));
    }
}
