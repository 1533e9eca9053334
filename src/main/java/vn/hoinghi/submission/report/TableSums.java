package vn.hoinghi.submission.report;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The one place a table's computed cells are worked out. A TOTAL column's cell is the sum of its row's numeric cells;
 * a total row's cell is the sum of that column's cells in the rows it names. A computed cell over nothing filled
 * stays blank (null), not 0. Summing is linear, so the province-wide table is this applied to the cell-by-cell sums
 * of what the units typed.
 */
public final class TableSums {

    private TableSums() {
    }

    /** Every numeric cell of the table: the typed ones as given, the computed ones added; blank cells left out. */
    public static Map<CellKey, BigDecimal> complete(FormTable table, Map<CellKey, BigDecimal> typed) {
        Map<CellKey, BigDecimal> all = new HashMap<>();
        for (TableRow row : table.rows()) {
            if (row.total()) {
                continue;
            }
            BigDecimal rowSum = null;
            for (TableColumn column : table.columns()) {
                BigDecimal v = column.kind().typed() && column.kind().numeric()
                        ? typed.get(new CellKey(row.id(), column.id())) : null;
                if (v != null) {
                    all.put(new CellKey(row.id(), column.id()), v);
                    rowSum = rowSum == null ? v : rowSum.add(v);
                }
            }
            for (TableColumn column : table.columns()) {
                if (column.kind() == ColumnKind.TOTAL && rowSum != null) {
                    all.put(new CellKey(row.id(), column.id()), rowSum);
                }
            }
        }
        for (TableRow row : table.rows()) {
            if (!row.total()) {
                continue;
            }
            for (TableColumn column : table.columns()) {
                BigDecimal sum = null;
                for (String code : row.sumOf()) {
                    TableRow part = table.rowByCode(code).orElse(null);
                    BigDecimal v = part == null || part.total() ? null : all.get(new CellKey(part.id(), column.id()));
                    if (v != null) {
                        sum = sum == null ? v : sum.add(v);
                    }
                }
                if (sum != null && column.kind().numeric()) {
                    all.put(new CellKey(row.id(), column.id()), sum);
                }
            }
        }
        return all;
    }
}
