package vn.hoinghi.submission.report.repository;

import static org.jooq.impl.DSL.row;
import static vn.hoinghi.database.jooq.Tables.REPORT_FIELD;
import static vn.hoinghi.database.jooq.Tables.REPORT_VALUE;
import static vn.hoinghi.database.jooq.Tables.UNIT_REPORT;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.SelectJoinStep;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.submission.report.FieldDraft;
import vn.hoinghi.submission.report.ReportField;

/** The rows of the conferences' data forms. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class ReportFieldRepository {

    private static final SelectField<ReportField> FIELD = row(REPORT_FIELD.ID, REPORT_FIELD.CONFERENCE_ID,
            REPORT_FIELD.POSITION, REPORT_FIELD.CODE, REPORT_FIELD.LABEL, REPORT_FIELD.KIND, REPORT_FIELD.UNIT_LABEL,
            REPORT_FIELD.LEVEL, REPORT_FIELD.VERSION).mapping(ReportField::new);

    private final DSLContext dsl;

    ReportFieldRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<ReportField> fields(long conferenceId) {
        return select().where(REPORT_FIELD.CONFERENCE_ID.eq(conferenceId))
                .orderBy(REPORT_FIELD.POSITION, REPORT_FIELD.ID).fetch(Record1::value1);
    }

    public Optional<ReportField> get(long id) {
        return select().where(REPORT_FIELD.ID.eq(id)).fetchOptional(Record1::value1);
    }

    /** The row, locked until the transaction ends: a unit's save of a value for it waits (its key check needs it). */
    public Optional<ReportField> lock(long id) {
        return select().where(REPORT_FIELD.ID.eq(id)).forUpdate().fetchOptional(Record1::value1);
    }

    /** The ids of the form's rows in order, locked until the transaction ends: for inserting and renumbering. */
    public List<Long> lockOrder(long conferenceId) {
        return dsl.select(REPORT_FIELD.ID).from(REPORT_FIELD).where(REPORT_FIELD.CONFERENCE_ID.eq(conferenceId))
                .orderBy(REPORT_FIELD.POSITION, REPORT_FIELD.ID).forUpdate().fetch(REPORT_FIELD.ID);
    }

    public long insert(long conferenceId, int position, FieldDraft d) {
        return dsl.insertInto(REPORT_FIELD)
                .set(REPORT_FIELD.CONFERENCE_ID, conferenceId)
                .set(REPORT_FIELD.POSITION, position)
                .set(REPORT_FIELD.CODE, d.code())
                .set(REPORT_FIELD.LABEL, d.label())
                .set(REPORT_FIELD.KIND, d.kind())
                .set(REPORT_FIELD.UNIT_LABEL, d.unitLabel())
                .set(REPORT_FIELD.LEVEL, d.level())
                .returningResult(REPORT_FIELD.ID).fetchOne(REPORT_FIELD.ID);
    }

    /** Saves the row if it is still at that version. */
    public boolean update(long id, int version, FieldDraft d) {
        return dsl.update(REPORT_FIELD)
                .set(REPORT_FIELD.CODE, d.code())
                .set(REPORT_FIELD.LABEL, d.label())
                .set(REPORT_FIELD.KIND, d.kind())
                .set(REPORT_FIELD.UNIT_LABEL, d.unitLabel())
                .set(REPORT_FIELD.LEVEL, d.level())
                .set(REPORT_FIELD.VERSION, version + 1)
                .where(REPORT_FIELD.ID.eq(id).and(REPORT_FIELD.VERSION.eq(version))).execute() == 1;
    }

    public boolean delete(long id, int version) {
        return dsl.deleteFrom(REPORT_FIELD).where(REPORT_FIELD.ID.eq(id).and(REPORT_FIELD.VERSION.eq(version)))
                .execute() == 1;
    }

    /** Numbers the rows 1…n in the given order; the row {@code moved} (if any) gets a new version. */
    public void renumber(List<Long> ids, Long moved) {
        for (int i = 0; i < ids.size(); i++) {
            var update = dsl.update(REPORT_FIELD).set(REPORT_FIELD.POSITION, i + 1);
            if (ids.get(i).equals(moved)) {
                update = update.set(REPORT_FIELD.VERSION, REPORT_FIELD.VERSION.plus(1));
            }
            update.where(REPORT_FIELD.ID.eq(ids.get(i))).execute();
        }
    }

    /**
     * The units that have a value in this row, read with locks: a unit saving a value for it at this moment waits, so
     * a row is never removed under a value being written.
     */
    public List<Long> unitsWithValues(long fieldId) {
        return dsl.select(UNIT_REPORT.UNIT_ID).from(REPORT_VALUE)
                .join(UNIT_REPORT).on(UNIT_REPORT.ID.eq(REPORT_VALUE.REPORT_ID))
                .where(REPORT_VALUE.FIELD_ID.eq(fieldId)).forUpdate().fetch(UNIT_REPORT.UNIT_ID);
    }

    /** How many of the row's values have decimals (they would not fit a whole-number row). */
    public int fractionalValues(long fieldId) {
        return dsl.fetchCount(REPORT_VALUE, REPORT_VALUE.FIELD_ID.eq(fieldId)
                .and(REPORT_VALUE.NUMBER_VALUE.ne(org.jooq.impl.DSL.floor(REPORT_VALUE.NUMBER_VALUE))));
    }

    private SelectJoinStep<Record1<ReportField>> select() {
        return dsl.select(FIELD).from(REPORT_FIELD);
    }
}
