package vn.hoinghi.submission.report.repository;

import static org.jooq.impl.DSL.row;
import static vn.hoinghi.database.jooq.Tables.REPORT_VALUE;
import static vn.hoinghi.database.jooq.Tables.STORED_FILE;
import static vn.hoinghi.database.jooq.Tables.UNIT_REPORT;
import static vn.hoinghi.database.jooq.Tables.UNIT_REPORT_FILE;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SelectConditionStep;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.submission.StoredFile;
import vn.hoinghi.submission.repository.FileRepository;
import vn.hoinghi.submission.report.FieldValue;
import vn.hoinghi.submission.report.ReportStatus;
import vn.hoinghi.submission.report.UnitReport;

/** Units' reports, their figures and their narrative files. Callers check who may read or write which unit's. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class UnitReportRepository {

    /** The unit's name is the unit feature's: {@code UnitReportReader} puts it on the report. */
    private static final Field<String> UNIT_NAME = DSL.inline(null, String.class);
    private static final SelectField<UnitReport> REPORT = row(UNIT_REPORT.ID, UNIT_REPORT.CONFERENCE_ID,
            UNIT_REPORT.UNIT_ID, UNIT_NAME, UNIT_REPORT.STATUS, UNIT_REPORT.SUBMITTED_AT, UNIT_REPORT.SUBMITTED_BY,
            UNIT_REPORT.CHANGED_AT, UNIT_REPORT.CHANGED_BY, FileRepository.FILE, UNIT_REPORT.VERSION)
            .mapping(UnitReport::new);

    private final DSLContext dsl;

    UnitReportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<UnitReport> find(long conferenceId, long unitId) {
        return select(UNIT_REPORT.CONFERENCE_ID.eq(conferenceId).and(UNIT_REPORT.UNIT_ID.eq(unitId)))
                .fetchOptional(Record1::value1);
    }

    /** The conference's reports in the given statuses (one a unit). */
    public List<UnitReport> reports(long conferenceId, Collection<ReportStatus> statuses) {
        return select(UNIT_REPORT.CONFERENCE_ID.eq(conferenceId).and(UNIT_REPORT.STATUS.in(statuses)))
                .fetch(Record1::value1);
    }

    private SelectConditionStep<Record1<UnitReport>> select(Condition where) {
        return dsl.select(REPORT)
                .from(UNIT_REPORT)
                .leftJoin(STORED_FILE).on(STORED_FILE.ID.eq(UNIT_REPORT.NARRATIVE_FILE_ID))
                .where(where);
    }

    /** The report's id, made as an empty draft (version 0) if the unit has none yet. */
    public long ensure(long conferenceId, long unitId, Instant at) {
        dsl.insertInto(UNIT_REPORT)
                .set(UNIT_REPORT.CONFERENCE_ID, conferenceId)
                .set(UNIT_REPORT.UNIT_ID, unitId)
                .set(UNIT_REPORT.STATUS, ReportStatus.DRAFT)
                .set(UNIT_REPORT.VERSION, 0)
                .set(UNIT_REPORT.CREATED_AT, at)
                .onDuplicateKeyIgnore().execute();
        return dsl.select(UNIT_REPORT.ID).from(UNIT_REPORT)
                .where(UNIT_REPORT.CONFERENCE_ID.eq(conferenceId).and(UNIT_REPORT.UNIT_ID.eq(unitId)))
                .fetchOne(UNIT_REPORT.ID);
    }

    /**
     * Moves the report to its next version with that status, if it is still at {@code version}; the first
     * submission's time and person are kept.
     */
    public boolean change(long id, int version, ReportStatus status, Instant at, String by) {
        boolean submitting = status == ReportStatus.SUBMITTED;
        return dsl.update(UNIT_REPORT)
                .set(UNIT_REPORT.STATUS, status)
                .set(UNIT_REPORT.SUBMITTED_AT, submitting
                        ? DSL.coalesce(UNIT_REPORT.SUBMITTED_AT, DSL.val(at, UNIT_REPORT.SUBMITTED_AT))
                        : DSL.val(null, UNIT_REPORT.SUBMITTED_AT))
                .set(UNIT_REPORT.SUBMITTED_BY, submitting
                        ? DSL.coalesce(UNIT_REPORT.SUBMITTED_BY, DSL.val(by)) : DSL.val(null, UNIT_REPORT.SUBMITTED_BY))
                .set(UNIT_REPORT.VERSION, version + 1)
                .set(UNIT_REPORT.CHANGED_AT, at)
                .set(UNIT_REPORT.CHANGED_BY, by)
                .where(UNIT_REPORT.ID.eq(id).and(UNIT_REPORT.VERSION.eq(version))).execute() == 1;
    }

    public Map<Long, FieldValue> values(long reportId) {
        Map<Long, FieldValue> values = new LinkedHashMap<>();
        dsl.selectFrom(REPORT_VALUE).where(REPORT_VALUE.REPORT_ID.eq(reportId))
                .forEach(r -> values.put(r.getFieldId(), new FieldValue(r.getNumberValue(), r.getTextValue())));
        return values;
    }

    /** The figures of many reports: report id → field id → value. */
    public Map<Long, Map<Long, FieldValue>> values(Collection<Long> reportIds) {
        Map<Long, Map<Long, FieldValue>> values = new LinkedHashMap<>();
        reportIds.forEach(id -> values.put(id, new LinkedHashMap<>()));
        if (!reportIds.isEmpty()) {
            dsl.selectFrom(REPORT_VALUE).where(REPORT_VALUE.REPORT_ID.in(reportIds)).forEach(r -> values
                    .get(r.getReportId()).put(r.getFieldId(), new FieldValue(r.getNumberValue(), r.getTextValue())));
        }
        return values;
    }

    /** Replaces all the report's figures by these (a blank field has none). */
    public void replaceValues(long reportId, Map<Long, FieldValue> values) {
        dsl.deleteFrom(REPORT_VALUE).where(REPORT_VALUE.REPORT_ID.eq(reportId)).execute();
        if (!values.isEmpty()) {
            var insert = dsl.insertInto(REPORT_VALUE, REPORT_VALUE.REPORT_ID, REPORT_VALUE.FIELD_ID,
                    REPORT_VALUE.NUMBER_VALUE, REPORT_VALUE.TEXT_VALUE);
            for (var e : values.entrySet()) {
                insert = insert.values(reportId, e.getKey(), e.getValue().number(), e.getValue().text());
            }
            insert.execute();
        }
    }

    /** Per field, the sum of the figures of the conference's reports in these statuses (fields nobody filled: absent). */
    public Map<Long, java.math.BigDecimal> totals(long conferenceId, Collection<ReportStatus> statuses) {
        var total = DSL.sum(REPORT_VALUE.NUMBER_VALUE).as("total");
        return dsl.select(REPORT_VALUE.FIELD_ID, total).from(REPORT_VALUE)
                .join(UNIT_REPORT).on(UNIT_REPORT.ID.eq(REPORT_VALUE.REPORT_ID))
                .where(UNIT_REPORT.CONFERENCE_ID.eq(conferenceId)
                        .and(UNIT_REPORT.STATUS.in(statuses))
                        .and(REPORT_VALUE.NUMBER_VALUE.isNotNull()))
                .groupBy(REPORT_VALUE.FIELD_ID)
                .fetchMap(REPORT_VALUE.FIELD_ID, total);
    }

    /** Adds a narrative file as the report's latest; the earlier ones stay listed. */
    public void addFile(long reportId, long storedFileId) {
        int next = dsl.select(DSL.coalesce(DSL.max(UNIT_REPORT_FILE.NUMBER), 0)).from(UNIT_REPORT_FILE)
                .where(UNIT_REPORT_FILE.REPORT_ID.eq(reportId)).fetchOne(0, Integer.class) + 1;
        dsl.insertInto(UNIT_REPORT_FILE).set(UNIT_REPORT_FILE.REPORT_ID, reportId)
                .set(UNIT_REPORT_FILE.NUMBER, next).set(UNIT_REPORT_FILE.STORED_FILE_ID, storedFileId).execute();
        dsl.update(UNIT_REPORT).set(UNIT_REPORT.NARRATIVE_FILE_ID, storedFileId).where(UNIT_REPORT.ID.eq(reportId)).execute();
    }

    /** The report's narrative files, newest first. */
    public List<StoredFile> files(long reportId) {
        return dsl.select(FileRepository.FILE).from(UNIT_REPORT_FILE)
                .join(STORED_FILE).on(STORED_FILE.ID.eq(UNIT_REPORT_FILE.STORED_FILE_ID))
                .where(UNIT_REPORT_FILE.REPORT_ID.eq(reportId)).orderBy(UNIT_REPORT_FILE.NUMBER.desc())
                .fetch(Record1::value1);
    }

    /** The unit whose report of this conference the file was sent for, if it is a report's file. */
    public Optional<Long> unitOfFile(long conferenceId, long storedFileId) {
        return dsl.select(UNIT_REPORT.UNIT_ID).from(UNIT_REPORT_FILE)
                .join(UNIT_REPORT).on(UNIT_REPORT.ID.eq(UNIT_REPORT_FILE.REPORT_ID))
                .where(UNIT_REPORT_FILE.STORED_FILE_ID.eq(storedFileId).and(UNIT_REPORT.CONFERENCE_ID.eq(conferenceId)))
                .fetchOptional(UNIT_REPORT.UNIT_ID);
    }
}
