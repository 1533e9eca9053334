package vn.hoinghi.alert.repository;

import static vn.hoinghi.database.jooq.Tables.POINT_ALERT;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.alert.PointAlert;

/** Alerts about points. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class AlertRepository {

    private final DSLContext dsl;

    AlertRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every alert of the conference, oldest first. */
    public List<PointAlert> history(long conferenceId) {
        return dsl.selectFrom(POINT_ALERT).where(POINT_ALERT.CONFERENCE_ID.eq(conferenceId))
                .orderBy(POINT_ALERT.RAISED_AT, POINT_ALERT.ID)
                .fetch(AlertRepository::alert);
    }

    static PointAlert alert(Record r) {
        return new PointAlert(r.get(POINT_ALERT.ID), r.get(POINT_ALERT.CONFERENCE_ID),
                r.get(POINT_ALERT.MEETING_POINT_ID), r.get(POINT_ALERT.KIND), r.get(POINT_ALERT.RAISED_AT),
                r.get(POINT_ALERT.NOTIFIED), r.get(POINT_ALERT.CLEARED_AT), r.get(POINT_ALERT.ACKNOWLEDGED_AT),
                r.get(POINT_ALERT.ACKNOWLEDGED_BY));
    }
}
