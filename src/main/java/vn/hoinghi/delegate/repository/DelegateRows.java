package vn.hoinghi.delegate.repository;

import static vn.hoinghi.database.jooq.Tables.COMPOSITION_GROUP;
import static vn.hoinghi.database.jooq.Tables.DELEGATE;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import vn.hoinghi.delegate.Delegate;

/**
 * How a delegate is read: its row with the name of its group. Read it with {@code fetchInto(Delegate.class)}:
 * {@link Delegate} has more components than {@code Records.mapping} takes, so jOOQ's record mapper fills them by name
 * (decision 015). The unit's and the point's names ({@code unitName}, {@code pointName}, {@code atHall}) are the unit
 * and point features': they stay empty here, and {@code DelegateReader} fills them in (decision 018).
 */
final class DelegateRows {

    /**
     * One column per component of {@link Delegate} but the unit's and point's names, named as the component
     * ({@code group_name} → {@code groupName}), and no others: the search keys, audit columns and dates it does not
     * read would be sent, decoded and thrown away at every scan (decision 014).
     */
    private static final List<Field<?>> COLUMNS = List.of(DELEGATE.ID, DELEGATE.CONFERENCE_ID, DELEGATE.FULL_NAME,
            DELEGATE.GENDER, DELEGATE.TITLE, DELEGATE.UNIT_ID, DELEGATE.GROUP_ID,
            COMPOSITION_GROUP.NAME.as("group_name"), DELEGATE.POINT_ID, DELEGATE.PROTOCOL_RANK, DELEGATE.SEAT_ROW,
            DELEGATE.SEAT_NUMBER, DELEGATE.PHONE, DELEGATE.EMAIL, DELEGATE.NOTES, DELEGATE.SUBSTITUTE_NAME,
            DELEGATE.SUBSTITUTE_TITLE, DELEGATE.SUBSTITUTE_PHONE, DELEGATE.INVITATION_STATUS, DELEGATE.QR_SERIAL,
            DELEGATE.CHECKED_IN_AT, DELEGATE.WITHDRAWN_AT, DELEGATE.VERSION);

    private DelegateRows() {
    }

    static SelectOnConditionStep<Record> select(DSLContext dsl) {
        return dsl.select(COLUMNS)
                .from(DELEGATE)
                .leftJoin(COMPOSITION_GROUP).on(COMPOSITION_GROUP.ID.eq(DELEGATE.GROUP_ID));
    }
}
