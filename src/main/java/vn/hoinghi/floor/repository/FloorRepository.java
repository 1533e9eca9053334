package vn.hoinghi.floor.repository;

import static vn.hoinghi.database.jooq.Tables.FLOOR_REQUEST;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.floor.FloorRequest;

/** Requests for the floor. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class FloorRepository {

    private final DSLContext dsl;

    FloorRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every request of the conference, in the order they were asked. */
    public List<FloorRequest> history(long conferenceId) {
        return dsl.selectFrom(FLOOR_REQUEST).where(FLOOR_REQUEST.CONFERENCE_ID.eq(conferenceId))
                .orderBy(FLOOR_REQUEST.REQUESTED_AT, FLOOR_REQUEST.ID)
                .fetch(FloorRepository::request);
    }

    static FloorRequest request(Record r) {
        return new FloorRequest(r.get(FLOOR_REQUEST.ID), r.get(FLOOR_REQUEST.CONFERENCE_ID),
                r.get(FLOOR_REQUEST.AGENDA_ITEM_ID), r.get(FLOOR_REQUEST.MEETING_POINT_ID),
                r.get(FLOOR_REQUEST.DELEGATE_ID), r.get(FLOOR_REQUEST.SPEAKER), r.get(FLOOR_REQUEST.TOPIC),
                r.get(FLOOR_REQUEST.STATE), r.get(FLOOR_REQUEST.REQUESTED_AT), r.get(FLOOR_REQUEST.REQUESTED_BY),
                r.get(FLOOR_REQUEST.DECIDED_AT), r.get(FLOOR_REQUEST.DECIDED_BY), r.get(FLOOR_REQUEST.STARTED_AT),
                r.get(FLOOR_REQUEST.ENDED_AT), r.get(FLOOR_REQUEST.VERSION));
    }
}
