package vn.hoinghi.submission.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hoinghi.base.Texts;

/**
 * {@link PartSums} for tables: a row followed by its sub-rows (level 2, at least two) should be their sum, column by
 * column. Warned, never refused; checked only where the row and all its parts are filled (computed cells included).
 */
final class TablePartSums {

    private TablePartSums() {
    }

    static List<String> mismatches(ReportForm form, Map<CellKey, FieldValue> cells) {
        List<String> found = new ArrayList<>();
        Map<CellKey, BigDecimal> typed = TableCells.numbers(cells);
        for (FormTable table : form.tablesInOrder()) {
            Map<CellKey, BigDecimal> all = TableSums.complete(table, typed);
            List<TableRow> rows = table.rows();
            for (int i = 0; i < rows.size(); i++) {
                List<TableRow> parts = partsOf(rows, i);
                if (parts.size() < 2) {
                    continue;
                }
                for (TableColumn column : table.columns()) {
                    if (column.kind().numeric()) {
                        check(form, table, rows.get(i), parts, column, all).ifPresent(found::add);
                    }
                }
            }
        }
        return found;
    }

    private static Optional<String> check(ReportForm form, FormTable table, TableRow whole,
                                                    List<TableRow> parts, TableColumn column,
                                                    Map<CellKey, BigDecimal> all) {
        BigDecimal total = all.get(new CellKey(whole.id(), column.id()));
        List<BigDecimal> values = parts.stream().map(p -> all.get(new CellKey(p.id(), column.id()))).toList();
        if (total == null || values.contains(null)) {
            return Optional.empty();
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(total) == 0) {
            return Optional.empty();
        }
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            terms.add(parts.get(i).label().replaceFirst("^[-–\\s]+", "") + " " + VietnameseNumbers.format(values.get(i)));
        }
        return Optional.of(Texts.t("submission.report.partsDiffer",
                TableCells.name(form, table, new CellKey(whole.id(), column.id())), VietnameseNumbers.format(total),
                VietnameseNumbers.format(sum), String.join(" + ", terms)));
    }

    /** The level-2 rows right under row {@code i}, if it is a typed level-1 row and they are all typed rows. */
    private static List<TableRow> partsOf(List<TableRow> rows, int i) {
        if (rows.get(i).level() != 1 || rows.get(i).total()) {
            return List.of();
        }
        List<TableRow> parts = new ArrayList<>();
        for (int j = i + 1; j < rows.size() && rows.get(j).level() == 2; j++) {
            if (rows.get(j).total()) {
                return List.of();
            }
            parts.add(rows.get(j));
        }
        return parts;
    }
}
