package vn.hoinghi.submission.report.repository;

import static vn.hoinghi.database.jooq.Tables.REPORT_CELL;
import static vn.hoinghi.database.jooq.Tables.REPORT_FIELD;
import static vn.hoinghi.database.jooq.Tables.REPORT_TABLE_COLUMN;
import static vn.hoinghi.database.jooq.Tables.REPORT_TABLE_ROW;
import static vn.hoinghi.database.jooq.Tables.UNIT_REPORT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.submission.report.CellKey;
import vn.hoinghi.submission.report.FieldValue;
import vn.hoinghi.submission.report.FormTable;
import vn.hoinghi.submission.report.ReportField;
import vn.hoinghi.submission.report.ReportForm;
import vn.hoinghi.submission.report.ReportStatus;
import vn.hoinghi.submission.report.TableColumn;
import vn.hoinghi.submission.report.TableDraft;
import vn.hoinghi.submission.report.TableRow;

/** The tables of the data forms (their columns and rows) and the cells units typed in them. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class ReportTableRepository {

    private final DSLContext dsl;
    private final ReportFieldRepository fields;

    ReportTableRepository(DSLContext dsl, ReportFieldRepository fields) {
        this.dsl = dsl;
        this.fields = fields;
    }

    /** The conference's form: its rows in order and the tables of its TABLE rows. */
    public ReportForm form(long conferenceId) {
        List<ReportField> rows = fields.fields(conferenceId);
        Map<Long, List<TableColumn>> columns = new HashMap<>();
        dsl.select(REPORT_TABLE_COLUMN.FIELD_ID, REPORT_TABLE_COLUMN.ID, REPORT_TABLE_COLUMN.POSITION,
                        REPORT_TABLE_COLUMN.HEADING_GROUP, REPORT_TABLE_COLUMN.LABEL, REPORT_TABLE_COLUMN.KIND,
                        REPORT_TABLE_COLUMN.UNIT_LABEL)
                .from(REPORT_TABLE_COLUMN).join(REPORT_FIELD).on(REPORT_FIELD.ID.eq(REPORT_TABLE_COLUMN.FIELD_ID))
                .where(REPORT_FIELD.CONFERENCE_ID.eq(conferenceId)).orderBy(REPORT_TABLE_COLUMN.POSITION)
                .forEach(r -> columns.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(
                        new TableColumn(r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7())));
        Map<Long, List<TableRow>> tableRows = new HashMap<>();
        dsl.select(REPORT_TABLE_ROW.FIELD_ID, REPORT_TABLE_ROW.ID, REPORT_TABLE_ROW.POSITION, REPORT_TABLE_ROW.CODE,
                        REPORT_TABLE_ROW.LABEL, REPORT_TABLE_ROW.LEVEL, REPORT_TABLE_ROW.SUM_OF)
                .from(REPORT_TABLE_ROW).join(REPORT_FIELD).on(REPORT_FIELD.ID.eq(REPORT_TABLE_ROW.FIELD_ID))
                .where(REPORT_FIELD.CONFERENCE_ID.eq(conferenceId)).orderBy(REPORT_TABLE_ROW.POSITION)
                .forEach(r -> tableRows.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(
                        new TableRow(r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), codes(r.value7()))));
        Map<Long, FormTable> tables = new LinkedHashMap<>();
        for (ReportField f : rows) {
            if (columns.containsKey(f.id()) || tableRows.containsKey(f.id())) {
                tables.put(f.id(), new FormTable(f, columns.getOrDefault(f.id(), List.of()),
                        tableRows.getOrDefault(f.id(), List.of())));
            }
        }
        return new ReportForm(conferenceId, rows, tables);
    }

    /** Writes a new table's columns and rows under its TABLE row. */
    public void insertShape(long fieldId, TableDraft draft) {
        int position = 0;
        for (TableDraft.Column c : draft.columns()) {
            dsl.insertInto(REPORT_TABLE_COLUMN)
                    .set(REPORT_TABLE_COLUMN.FIELD_ID, fieldId)
                    .set(REPORT_TABLE_COLUMN.POSITION, ++position)
                    .set(REPORT_TABLE_COLUMN.HEADING_GROUP, c.group())
                    .set(REPORT_TABLE_COLUMN.LABEL, c.label())
                    .set(REPORT_TABLE_COLUMN.KIND, c.kind())
                    .set(REPORT_TABLE_COLUMN.UNIT_LABEL, c.unitLabel())
                    .execute();
        }
        position = 0;
        for (TableDraft.Row r : draft.rows()) {
            dsl.insertInto(REPORT_TABLE_ROW)
                    .set(REPORT_TABLE_ROW.FIELD_ID, fieldId)
                    .set(REPORT_TABLE_ROW.POSITION, ++position)
                    .set(REPORT_TABLE_ROW.CODE, r.code())
                    .set(REPORT_TABLE_ROW.LABEL, r.label())
                    .set(REPORT_TABLE_ROW.LEVEL, r.level())
                    .set(REPORT_TABLE_ROW.SUM_OF, r.sumOf().isEmpty() ? null : String.join("+", r.sumOf()))
                    .execute();
        }
    }

    /** Removes a table's columns and rows (their cells go with them): before its shape is written anew. */
    public void deleteShape(long fieldId) {
        dsl.deleteFrom(REPORT_TABLE_ROW).where(REPORT_TABLE_ROW.FIELD_ID.eq(fieldId)).execute();
        dsl.deleteFrom(REPORT_TABLE_COLUMN).where(REPORT_TABLE_COLUMN.FIELD_ID.eq(fieldId)).execute();
    }

    /** Renames a table's columns and rows in place, by position; its shape and the cells stay as they are. */
    public void renameShape(long fieldId, TableDraft draft) {
        int position = 0;
        for (TableDraft.Column c : draft.columns()) {
            dsl.update(REPORT_TABLE_COLUMN)
                    .set(REPORT_TABLE_COLUMN.HEADING_GROUP, c.group())
                    .set(REPORT_TABLE_COLUMN.LABEL, c.label())
                    .set(REPORT_TABLE_COLUMN.UNIT_LABEL, c.unitLabel())
                    .where(REPORT_TABLE_COLUMN.FIELD_ID.eq(fieldId).and(REPORT_TABLE_COLUMN.POSITION.eq(++position)))
                    .execute();
        }
        position = 0;
        for (TableDraft.Row r : draft.rows()) {
            dsl.update(REPORT_TABLE_ROW)
                    .set(REPORT_TABLE_ROW.LABEL, r.label())
                    .where(REPORT_TABLE_ROW.FIELD_ID.eq(fieldId).and(REPORT_TABLE_ROW.POSITION.eq(++position)))
                    .execute();
        }
    }

    /** A report's typed cells. */
    public Map<CellKey, FieldValue> cells(long reportId) {
        return cells(List.of(reportId)).getOrDefault(reportId, Map.of());
    }

    /** The typed cells of these reports, by report. */
    public Map<Long, Map<CellKey, FieldValue>> cells(Collection<Long> reportIds) {
        Map<Long, Map<CellKey, FieldValue>> byReport = new HashMap<>();
        if (reportIds.isEmpty()) {
            return byReport;
        }
        dsl.selectFrom(REPORT_CELL).where(REPORT_CELL.REPORT_ID.in(reportIds)).forEach(r -> byReport
                .computeIfAbsent(r.getReportId(), k -> new HashMap<>())
                .put(new CellKey(r.getRowId(), r.getColumnId()), new FieldValue(
                        r.getNumberValue() == null ? null : r.getNumberValue().stripTrailingZeros(), r.getTextValue())));
        return byReport;
    }

    /** Replaces a report's typed cells, in the caller's transaction (with its figures and version). */
    public void replaceCells(long reportId, Map<CellKey, FieldValue> cells) {
        dsl.deleteFrom(REPORT_CELL).where(REPORT_CELL.REPORT_ID.eq(reportId)).execute();
        if (cells.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(REPORT_CELL, REPORT_CELL.REPORT_ID, REPORT_CELL.ROW_ID, REPORT_CELL.COLUMN_ID,
                REPORT_CELL.NUMBER_VALUE, REPORT_CELL.TEXT_VALUE);
        for (var e : cells.entrySet()) {
            insert = insert.values(reportId, e.getKey().rowId(), e.getKey().columnId(), e.getValue().number(),
                    e.getValue().text());
        }
        insert.execute();
    }

    /** The cell-by-cell sums of the typed numeric cells over the conference's reports in these statuses. */
    public Map<CellKey, BigDecimal> sums(long conferenceId, Collection<ReportStatus> statuses) {
        var total = DSL.sum(REPORT_CELL.NUMBER_VALUE).as("total");
        Map<CellKey, BigDecimal> sums = new HashMap<>();
        dsl.select(REPORT_CELL.ROW_ID, REPORT_CELL.COLUMN_ID, total).from(REPORT_CELL)
                .join(UNIT_REPORT).on(UNIT_REPORT.ID.eq(REPORT_CELL.REPORT_ID))
                .where(UNIT_REPORT.CONFERENCE_ID.eq(conferenceId)
                        .and(UNIT_REPORT.STATUS.in(statuses))
                        .and(REPORT_CELL.NUMBER_VALUE.isNotNull()))
                .groupBy(REPORT_CELL.ROW_ID, REPORT_CELL.COLUMN_ID)
                .forEach(r -> sums.put(new CellKey(r.value1(), r.value2()), r.value3().stripTrailingZeros()));
        return sums;
    }

    /** The units with a typed cell in this table, read with locks (as {@link ReportFieldRepository#unitsWithValues}). */
    public List<Long> unitsWithCells(long fieldId) {
        return dsl.selectDistinct(UNIT_REPORT.UNIT_ID).from(REPORT_CELL)
                .join(UNIT_REPORT).on(UNIT_REPORT.ID.eq(REPORT_CELL.REPORT_ID))
                .join(REPORT_TABLE_ROW).on(REPORT_TABLE_ROW.ID.eq(REPORT_CELL.ROW_ID))
                .where(REPORT_TABLE_ROW.FIELD_ID.eq(fieldId)).forUpdate().fetch(UNIT_REPORT.UNIT_ID);
    }

    private static List<String> codes(String sumOf) {
        return sumOf == null || sumOf.isBlank() ? List.of()
                : Arrays.stream(sumOf.split("\\+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
