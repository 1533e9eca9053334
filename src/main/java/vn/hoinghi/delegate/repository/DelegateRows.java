package vn.hoinghi.delegate.repository;

import static vn.hoinghi.database.jooq.Tables.COMPOSITION_GROUP;
import static vn.hoinghi.database.jooq.Tables.DELEGATE;
import static vn.hoinghi.database.jooq.Tables.MEETING_POINT;
import static vn.hoinghi.database.jooq.Tables.UNIT;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import vn.hoinghi.base.Times;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.Gender;
import vn.hoinghi.delegate.InvitationStatus;

/** How a delegate is read: its row with the names of its unit, group and point. */
final class DelegateRows {

    /**
     * The columns {@link #toDelegate} reads, and no others: the search keys, audit columns and dates it does not read
     * would be sent, decoded and thrown away at every scan (decision 014).
     */
    private static final List<Field<?>> COLUMNS = List.of(DELEGATE.ID, DELEGATE.CONFERENCE_ID,
            DELEGATE.FULL_NAME, DELEGATE.GENDER, DELEGATE.TITLE, DELEGATE.UNIT_ID, UNIT.NAME, DELEGATE.GROUP_ID,
            COMPOSITION_GROUP.NAME, DELEGATE.POINT_ID, MEETING_POINT.NAME, MEETING_POINT.IS_HALL, DELEGATE.PROTOCOL_RANK,
            DELEGATE.SEAT_ROW, DELEGATE.SEAT_NUMBER, DELEGATE.PHONE, DELEGATE.EMAIL, DELEGATE.NOTES,
            DELEGATE.SUBSTITUTE_NAME, DELEGATE.SUBSTITUTE_TITLE, DELEGATE.SUBSTITUTE_PHONE, DELEGATE.INVITATION_STATUS,
            DELEGATE.QR_SERIAL, DELEGATE.CHECKED_IN_AT, DELEGATE.WITHDRAWN_AT, DELEGATE.VERSION);

    private DelegateRows() {
    }

    static SelectOnConditionStep<Record> select(DSLContext dsl) {
        return dsl.select(COLUMNS)
                .from(DELEGATE)
                .join(MEETING_POINT).on(MEETING_POINT.ID.eq(DELEGATE.POINT_ID))
                .leftJoin(UNIT).on(UNIT.ID.eq(DELEGATE.UNIT_ID))
                .leftJoin(COMPOSITION_GROUP).on(COMPOSITION_GROUP.ID.eq(DELEGATE.GROUP_ID));
    }

    static Delegate toDelegate(Record r) {
        String gender = r.get(DELEGATE.GENDER);
        return new Delegate(r.get(DELEGATE.ID), r.get(DELEGATE.CONFERENCE_ID), r.get(DELEGATE.FULL_NAME),
                gender == null ? null : Gender.valueOf(gender), r.get(DELEGATE.TITLE),
                r.get(DELEGATE.UNIT_ID), r.get(UNIT.NAME), r.get(DELEGATE.GROUP_ID), r.get(COMPOSITION_GROUP.NAME),
                r.get(DELEGATE.POINT_ID), r.get(MEETING_POINT.NAME), r.get(MEETING_POINT.IS_HALL),
                r.get(DELEGATE.PROTOCOL_RANK), r.get(DELEGATE.SEAT_ROW), r.get(DELEGATE.SEAT_NUMBER),
                r.get(DELEGATE.PHONE), r.get(DELEGATE.EMAIL), r.get(DELEGATE.NOTES),
                r.get(DELEGATE.SUBSTITUTE_NAME), r.get(DELEGATE.SUBSTITUTE_TITLE), r.get(DELEGATE.SUBSTITUTE_PHONE),
                InvitationStatus.valueOf(r.get(DELEGATE.INVITATION_STATUS)), r.get(DELEGATE.QR_SERIAL),
                instant(r.get(DELEGATE.CHECKED_IN_AT)), instant(r.get(DELEGATE.WITHDRAWN_AT)), r.get(DELEGATE.VERSION));
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : Times.fromUtc(utc);
    }
}
