package vn.hoinghi.attendance.repository;

import static org.jooq.impl.DSL.row;
import static vn.hoinghi.database.jooq.Tables.CHECKIN;
import static vn.hoinghi.database.jooq.Tables.COMPOSITION_GROUP;
import static vn.hoinghi.database.jooq.Tables.DELEGATE;
import static vn.hoinghi.database.jooq.Tables.MEETING_POINT;
import static vn.hoinghi.database.jooq.Tables.UNIT;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.attendance.AttendanceCount;
import vn.hoinghi.attendance.AttendanceEntry;
import vn.hoinghi.delegate.InvitationStatus;

/** Attendance counted in the database: one grouped query per view (groups, points), one for the list. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class AttendanceRepository {

    private static final Condition DECLINED = DELEGATE.INVITATION_STATUS.eq(InvitationStatus.DECLINED);
    private static final Condition EXPECTED = DELEGATE.ID.isNotNull().and(DECLINED.not());
    private static final Condition PRESENT = DELEGATE.CHECKED_IN_AT.isNotNull();
    private static final SelectField<AttendanceEntry> ENTRY = row(DELEGATE.ID, DELEGATE.FULL_NAME, DELEGATE.GENDER,
            DELEGATE.TITLE, UNIT.NAME, COMPOSITION_GROUP.NAME, MEETING_POINT.NAME, MEETING_POINT.IS_HALL,
            DELEGATE.PROTOCOL_RANK, DELEGATE.INVITATION_STATUS, DELEGATE.SUBSTITUTE_NAME, DELEGATE.SUBSTITUTE_TITLE,
            DELEGATE.PHONE, DELEGATE.SUBSTITUTE_PHONE, DELEGATE.CHECKED_IN_AT, CHECKIN.GATE)
            .mapping(AttendanceEntry::new);

    private final DSLContext dsl;

    AttendanceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** By composition group in printed order; delegates without a group come last, under a null name. */
    public List<AttendanceCount> byGroup(long conferenceId) {
        return dsl.select(counts(COMPOSITION_GROUP.ID, COMPOSITION_GROUP.NAME, DSL.inline(0)))
                .from(DELEGATE)
                .leftJoin(COMPOSITION_GROUP).on(COMPOSITION_GROUP.ID.eq(DELEGATE.GROUP_ID))
                .where(DELEGATE.CONFERENCE_ID.eq(conferenceId).and(DELEGATE.WITHDRAWN_AT.isNull()))
                .groupBy(COMPOSITION_GROUP.ID, COMPOSITION_GROUP.NAME, COMPOSITION_GROUP.POSITION)
                .orderBy(DSL.coalesce(COMPOSITION_GROUP.POSITION, Integer.MAX_VALUE))
                .fetch(Record1::value1);
    }

    /** By meeting point, the hall first, then the remote points in their order; points without delegates too. */
    public List<AttendanceCount> byPoint(long conferenceId) {
        return dsl.select(counts(MEETING_POINT.ID, MEETING_POINT.NAME, MEETING_POINT.EXTRA_ATTENDEES))
                .from(MEETING_POINT)
                .leftJoin(DELEGATE).on(DELEGATE.POINT_ID.eq(MEETING_POINT.ID).and(DELEGATE.WITHDRAWN_AT.isNull()))
                .where(MEETING_POINT.CONFERENCE_ID.eq(conferenceId))
                .groupBy(MEETING_POINT.ID, MEETING_POINT.NAME, MEETING_POINT.EXTRA_ATTENDEES, MEETING_POINT.IS_HALL,
                        MEETING_POINT.POSITION)
                .orderBy(MEETING_POINT.IS_HALL.desc(), MEETING_POINT.POSITION, MEETING_POINT.ID)
                .fetch(Record1::value1);
    }

    /** Every delegate still on the list with their active check-in, in print order (group, rank, name). */
    public List<AttendanceEntry> entries(long conferenceId) {
        return select().where(DELEGATE.CONFERENCE_ID.eq(conferenceId)
                        .and(DELEGATE.WITHDRAWN_AT.isNull()))
                .orderBy(DSL.coalesce(COMPOSITION_GROUP.POSITION, Integer.MAX_VALUE),
                        DSL.coalesce(DELEGATE.PROTOCOL_RANK, Integer.MAX_VALUE), DELEGATE.NAME_KEY, DELEGATE.ID)
                .fetch(Record1::value1);
    }

    /** The delegates with a protocol rank (the leaders the MC introduces), in rank order. */
    public List<AttendanceEntry> leaders(long conferenceId) {
        return select().where(DELEGATE.CONFERENCE_ID.eq(conferenceId)
                        .and(DELEGATE.WITHDRAWN_AT.isNull()).and(DELEGATE.PROTOCOL_RANK.isNotNull()))
                .orderBy(DELEGATE.PROTOCOL_RANK, DELEGATE.NAME_KEY, DELEGATE.ID)
                .fetch(Record1::value1);
    }

    private SelectOnConditionStep<Record1<AttendanceEntry>> select() {
        return dsl.select(ENTRY)
                .from(DELEGATE)
                .join(MEETING_POINT).on(MEETING_POINT.ID.eq(DELEGATE.POINT_ID))
                .leftJoin(UNIT).on(UNIT.ID.eq(DELEGATE.UNIT_ID))
                .leftJoin(COMPOSITION_GROUP).on(COMPOSITION_GROUP.ID.eq(DELEGATE.GROUP_ID))
                // The active check-in is the one delegate.checked_in_at mirrors; annulled ones are left out.
                .leftJoin(CHECKIN).on(CHECKIN.DELEGATE_ID.eq(DELEGATE.ID).and(CHECKIN.ANNULLED_AT.isNull())
                        .and(CHECKIN.CHECKED_IN_AT.eq(DELEGATE.CHECKED_IN_AT)));
    }

    private static SelectField<AttendanceCount> counts(Field<Long> id, Field<String> name, Field<Integer> extra) {
        return row(id, name, count(DELEGATE.ID.isNotNull()), count(DECLINED),
                count(DELEGATE.SUBSTITUTE_NAME.isNotNull().and(DECLINED.not())), count(EXPECTED), count(PRESENT),
                count(EXPECTED.and(PRESENT.not())), extra).mapping(AttendanceCount::new);
    }

    private static Field<Integer> count(Condition when) {
        return DSL.count().filterWhere(when);
    }
}
