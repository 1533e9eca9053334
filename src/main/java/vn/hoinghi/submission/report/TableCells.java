package vn.hoinghi.submission.report;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The cells of a form's tables as the province-wide table shows them: the typed ones, and the computed ones worked
 * out by {@link TableSums} — over the cell-by-cell sums, or over one unit's cells.
 */
final class TableCells {

    private TableCells() {
    }

    /** Every table of the form completed from these typed sums (computed cells added). */
    static Map<CellKey, BigDecimal> sums(ReportForm form, Map<CellKey, BigDecimal> typedSums) {
        Map<CellKey, BigDecimal> all = new HashMap<>();
        for (FormTable table : form.tablesInOrder()) {
            all.putAll(TableSums.complete(table, typedSums));
        }
        return all;
    }

    /** One report's cells: its typed text cells as they are, its numbers completed with the computed cells. */
    static Map<CellKey, FieldValue> of(ReportForm form, Map<CellKey, FieldValue> typed) {
        Map<CellKey, BigDecimal> numbers = new HashMap<>();
        Map<CellKey, FieldValue> all = new HashMap<>();
        typed.forEach((cell, value) -> {
            if (value.number() != null) {
                numbers.put(cell, value.number());
            } else if (value.text() != null) {
                all.put(cell, value);
            }
        });
        sums(form, numbers).forEach((cell, number) -> all.put(cell, FieldValue.of(number)));
        return all;
    }
}
