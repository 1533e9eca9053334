package vn.hoinghi.point.repository;

import static org.jooq.impl.DSL.row;
import static vn.hoinghi.database.jooq.Tables.MEETING_POINT;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Records;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointName;
import vn.hoinghi.point.PointNames;
import vn.hoinghi.point.PointState;
import vn.hoinghi.point.PointValues;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class PointRepository {

    /** The host unit's name is the unit feature's: {@code PointReader} puts it on the point. */
    private static final Field<String> HOST_UNIT_NAME = DSL.inline(null, String.class);
    static final SelectField<MeetingPoint> POINT = row(MEETING_POINT.ID, MEETING_POINT.CONFERENCE_ID,
            MEETING_POINT.NAME, MEETING_POINT.IS_HALL, MEETING_POINT.HOST_UNIT_ID, HOST_UNIT_NAME, MEETING_POINT.ROOM,
            MEETING_POINT.TECHNICIAN, MEETING_POINT.TECHNICIAN_PHONE, MEETING_POINT.EXPECTED_ATTENDEES,
            MEETING_POINT.MEETING_LINK, MEETING_POINT.POSITION, MEETING_POINT.VERSION, MEETING_POINT.CLUSTER,
            MEETING_POINT.KIND, MEETING_POINT.TECHNICIAN_EMAIL, DSL.field(MEETING_POINT.WITHDRAWN_AT.isNotNull()))
            .mapping(MeetingPoint::new);
    static final SelectField<PointState> STATE = row(MEETING_POINT.CONNECTION_STATUS, MEETING_POINT.STATUS_CHANGED_AT,
            MEETING_POINT.STATUS_CHANGED_BY, MEETING_POINT.HEADCOUNT, MEETING_POINT.HEADCOUNT_AT,
            MEETING_POINT.LAST_REPORT_AT, MEETING_POINT.HEADCOUNT_BY).mapping(PointState::new);
    private static final List<SortField<?>> ORDER = List.of(MEETING_POINT.IS_HALL.desc(), MEETING_POINT.POSITION.asc());

    private final DSLContext dsl;

    PointRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The hall first, then the remote points in their order. */
    public List<MeetingPoint> list(long conferenceId) {
        return dsl.select(POINT).from(MEETING_POINT).where(MEETING_POINT.CONFERENCE_ID.eq(conferenceId)).orderBy(ORDER)
                .fetch(Record1::value1);
    }

    /** A point and how it stands on the day. */
    public record PointAndState(MeetingPoint point, PointState state) {
    }

    /** The points as {@link #list} orders them, each with its state. */
    public List<PointAndState> withStates(long conferenceId) {
        return dsl.select(POINT, STATE).from(MEETING_POINT).where(MEETING_POINT.CONFERENCE_ID.eq(conferenceId))
                .orderBy(ORDER).fetch(Records.mapping(PointAndState::new));
    }

    /** One point and how it stands on the day. */
    public Optional<PointAndState> withState(long pointId) {
        return dsl.select(POINT, STATE).from(MEETING_POINT).where(MEETING_POINT.ID.eq(pointId))
                .fetchOptional(Records.mapping(PointAndState::new));
    }

    /** These points' names and whether each is the hall; an id of no point is left out. */
    public Map<Long, PointName> names(Collection<Long> ids) {
        Map<Long, PointName> names = new HashMap<>();
        if (!ids.isEmpty()) {
            dsl.select(MEETING_POINT.ID, MEETING_POINT.NAME, MEETING_POINT.IS_HALL).from(MEETING_POINT)
                    .where(MEETING_POINT.ID.in(ids))
                    .forEach(r -> names.put(r.value1(), new PointName(r.value2(), r.value3())));
        }
        return names;
    }

    /** The conference's hall, one query (every point added asks first that the hall exists). */
    public Optional<Long> hallId(long conferenceId) {
        return dsl.select(MEETING_POINT.ID).from(MEETING_POINT)
                .where(MEETING_POINT.CONFERENCE_ID.eq(conferenceId).and(MEETING_POINT.IS_HALL.isTrue()))
                .orderBy(MEETING_POINT.ID).limit(1).fetchOptional(MEETING_POINT.ID);
    }

    public Optional<MeetingPoint> get(long id) {
        return dsl.select(POINT).from(MEETING_POINT).where(MEETING_POINT.ID.eq(id)).fetchOptional(Record1::value1);
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
        map.put(MEETING_POINT.CLUSTER, v.cluster());
        map.put(MEETING_POINT.KIND, v.kind());
        map.put(MEETING_POINT.TECHNICIAN_EMAIL, v.technicianEmail());
        map.put(MEETING_POINT.SEARCH_KEY, PointNames.key(v.name()));
        return map;
    }

    public boolean nameTakenByOther(long conferenceId, String name, Long exceptId) {
        var c = MEETING_POINT.CONFERENCE_ID.eq(conferenceId).and(MEETING_POINT.SEARCH_KEY.eq(PointNames.key(name)));
        return dsl.fetchExists(MEETING_POINT, exceptId == null ? c : c.and(MEETING_POINT.ID.ne(exceptId)));
    }
}
