package vn.hoinghi.submission.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The province-wide table: the form's rows in order, a column per unit report taken in (submitted ones, and drafts
 * when asked), and per row the sum over those columns. Headings and text rows have no sum; a row no unit filled has
 * none either (shown blank, not 0). Each table part of the form is summed cell by cell: {@code cellSums} holds the
 * sums of what the units typed with the computed cells completed ({@link TableSums}), {@code cells} each report's
 * cells completed the same way (by report id).
 */
public record ReportTable(ReportForm form, List<UnitReport> columns, Map<Long, Map<Long, FieldValue>> values,
                          Map<Long, BigDecimal> totals, Map<CellKey, BigDecimal> cellSums,
                          Map<Long, Map<CellKey, FieldValue>> cells, boolean includeDrafts, Instant at) {

    public ReportTable {
        columns = List.copyOf(columns);
        values = Map.copyOf(values);
        totals = Map.copyOf(totals);
        cellSums = Map.copyOf(cellSums);
        cells = Map.copyOf(cells);
    }

    public FieldValue value(UnitReport column, ReportField field) {
        return values.getOrDefault(column.id(), Map.of()).get(field.id());
    }

    public BigDecimal total(ReportField field) {
        return field.kind().numeric() ? totals.get(field.id()) : null;
    }

    /** The province-wide sum of a table's cell (typed or computed), or null where no unit filled anything. */
    public BigDecimal sum(CellKey cell) {
        return cellSums.get(cell);
    }

    /** A unit's cell of a table (typed, or computed from what it typed), or null when blank. */
    public FieldValue cell(UnitReport column, CellKey cell) {
        return cells.getOrDefault(column.id(), Map.of()).get(cell);
    }

    /** The rows that take one value each, and their headings: the form without its tables' title rows. */
    public List<ReportField> oneValueFields() {
        return form.fields().stream().filter(f -> f.kind() != FieldKind.TABLE).toList();
    }

    public long drafts() {
        return columns.stream().filter(c -> !c.submitted()).count();
    }
}
