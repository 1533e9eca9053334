package vn.hoinghi.point.repository;

import static org.jooq.impl.DSL.row;
import static vn.hoinghi.database.jooq.Tables.DELEGATE;
import static vn.hoinghi.database.jooq.Tables.MEETING_POINT;
import static vn.hoinghi.database.jooq.Tables.UNIT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointNames;
import vn.hoinghi.point.PointState;
import vn.hoinghi.point.PointSummary;
import vn.hoinghi.point.PointValues;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class PointRepository {

    private static final SelectField<MeetingPoint> POINT = row(MEETING_POINT.ID, MEETING_POINT.CONFERENCE_ID,
            MEETING_POINT.NAME, MEETING_POINT.IS_HALL, MEETING_POINT.HOST_UNIT_ID, UNIT.NAME, MEETING_POINT.ROOM,
            MEETING_POINT.TECHNICIAN, MEETING_POINT.TECHNICIAN_PHONE, MEETING_POINT.EXPECTED_ATTENDEES,
            MEETING_POINT.MEETING_LINK, MEETING_POINT.POSITION, MEETING_POINT.VERSION).mapping(MeetingPoint::new);
    static final SelectField<PointState> STATE = row(MEETING_POINT.CONNECTION_STATUS, MEETING_POINT.STATUS_CHANGED_AT,
            MEETING_POINT.STATUS_CHANGED_BY, MEETING_POINT.EXTRA_ATTENDEES).mapping(PointState::new);
    /** Read as text: its enum is the delegate feature's, and that feature depends on this one. */
    private static final Field<String> INVITATION_STATUS = DSL.field(DELEGATE.INVITATION_STATUS.getQualifiedName(),
            String.class);

    private final DSLContext dsl;

    PointRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<MeetingPoint> list(long conferenceId) {
        return dsl.select(POINT)
                .from(MEETING_POINT).leftJoin(UNIT).on(UNIT.ID.eq(MEETING_POINT.HOST_UNIT_ID))
                .where(MEETING_POINT.CONFERENCE_ID.eq(conferenceId))
                .orderBy(MEETING_POINT.IS_HALL.desc(), MEETING_POINT.POSITION)
                .fetch(Record1::value1);
    }

    public List<PointSummary> summaries(long conferenceId) {
        Field<Integer> delegates = DSL.count(DELEGATE.ID).as("delegates");
        Field<Integer> confirmed = count(INVITATION_STATUS.in("CONFIRMED", "SUBSTITUTE"));
        Field<Integer> declined = count(INVITATION_STATUS.eq("DECLINED"));
        Field<Integer> checkedIn = count(DELEGATE.CHECKED_IN_AT.isNotNull());
        var counts = dsl.select(DELEGATE.POINT_ID, delegates, confirmed, declined, checkedIn)
                .from(DELEGATE)
                .where(DELEGATE.CONFERENCE_ID.eq(conferenceId).and(DELEGATE.WITHDRAWN_AT.isNull()))
                .groupBy(DELEGATE.POINT_ID)
                .fetchMap(DELEGATE.POINT_ID);
        return dsl.select(POINT, STATE)
                .from(MEETING_POINT).leftJoin(UNIT).on(UNIT.ID.eq(MEETING_POINT.HOST_UNIT_ID))
                .where(MEETING_POINT.CONFERENCE_ID.eq(conferenceId))
                .orderBy(MEETING_POINT.IS_HALL.desc(), MEETING_POINT.POSITION)
                .fetch(r -> {
                    MeetingPoint p = r.value1();
                    var c = counts.get(p.id());
                    return c == null ? new PointSummary(p, 0, 0, 0, 0, r.value2())
                            : new PointSummary(p, c.get(delegates), c.get(confirmed), c.get(declined),
                            c.get(checkedIn), r.value2());
                });
    }

    private static Field<Integer> count(org.jooq.Condition c) {
        return DSL.sum(DSL.when(c, 1).otherwise(0)).cast(Integer.class);
    }

    public Optional<MeetingPoint> get(long id) {
        return dsl.select(POINT)
                .from(MEETING_POINT).leftJoin(UNIT).on(UNIT.ID.eq(MEETING_POINT.HOST_UNIT_ID))
                .where(MEETING_POINT.ID.eq(id))
                .fetchOptional(Record1::value1);
    }

    public long insert(long conferenceId, boolean hall, PointValues v) {
        Integer last = dsl.select(DSL.max(MEETING_POINT.POSITION)).from(MEETING_POINT)
                .where(MEETING_POINT.CONFERENCE_ID.eq(conferenceId)).fetchOne(0, Integer.class);
        return dsl.insertInto(MEETING_POINT)
                .set(fields(v))
                .set(MEETING_POINT.CONFERENCE_ID, conferenceId)
                .set(MEETING_POINT.IS_HALL, hall)
                .set(MEETING_POINT.POSITION, last == null ? 1 : last + 1)
                .returningResult(MEETING_POINT.ID)
                .fetchOne(MEETING_POINT.ID);
    }

    public boolean update(long id, int version, PointValues v) {
        return dsl.update(MEETING_POINT)
                .set(fields(v))
                .set(MEETING_POINT.VERSION, version + 1)
                .where(MEETING_POINT.ID.eq(id).and(MEETING_POINT.VERSION.eq(version)))
                .execute() == 1;
    }

    public boolean delete(long id, int version) {
        return dsl.deleteFrom(MEETING_POINT)
                .where(MEETING_POINT.ID.eq(id).and(MEETING_POINT.VERSION.eq(version)))
                .execute() == 1;
    }

    private static Map<Field<?>, Object> fields(PointValues v) {
        Map<Field<?>, Object> map = new LinkedHashMap<>();
        map.put(MEETING_POINT.NAME, v.name());
        map.put(MEETING_POINT.HOST_UNIT_ID, v.hostUnitId());
        map.put(MEETING_POINT.ROOM, v.room());
        map.put(MEETING_POINT.TECHNICIAN, v.technician());
        map.put(MEETING_POINT.TECHNICIAN_PHONE, v.technicianPhone());
        map.put(MEETING_POINT.EXPECTED_ATTENDEES, v.expectedAttendees());
        map.put(MEETING_POINT.MEETING_LINK, v.meetingLink());
        map.put(MEETING_POINT.SEARCH_KEY, PointNames.key(v.name()));
        return map;
    }

    public boolean nameTakenByOther(long conferenceId, String name, Long exceptId) {
        var c = MEETING_POINT.CONFERENCE_ID.eq(conferenceId).and(MEETING_POINT.SEARCH_KEY.eq(PointNames.key(name)));
        return dsl.fetchExists(MEETING_POINT, exceptId == null ? c : c.and(MEETING_POINT.ID.ne(exceptId)));
    }
}
