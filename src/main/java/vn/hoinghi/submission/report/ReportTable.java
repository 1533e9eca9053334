package vn.hoinghi.submission.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The province-wide table: the form's rows in order, a column per unit report taken in (submitted ones, and drafts
 * when asked), and per row the sum over those columns. Headings and text rows have no sum; a row no unit filled has
 * none either (shown blank, not 0).
 */
public record ReportTable(ReportForm form, List<UnitReport> columns, Map<Long, Map<Long, FieldValue>> values,
                          Map<Long, BigDecimal> totals, boolean includeDrafts, Instant at) {

    public ReportTable {
        columns = List.copyOf(columns);
        values = Map.copyOf(values);
        totals = Map.copyOf(totals);
    }

    public FieldValue value(UnitReport column, ReportField field) {
        return values.getOrDefault(column.id(), Map.of()).get(field.id());
    }

    public BigDecimal total(ReportField field) {
        return field.kind().numeric() ? totals.get(field.id()) : null;
    }

    public long drafts() {
        return columns.stream().filter(c -> !c.submitted()).count();
    }
}
