package vn.hoinghi.submission.report;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;

/**
 * The cells of a form's tables. Reads the cells a unit typed, like {@link Figures} reads the one-value rows: every bad
 * cell reported at once, keyed {@link CellKey#key()}, each message naming the table, the row and the column; a
 * computed cell (total row, total column) or a cell the form does not have is refused, never stored. And completes
 * cells for showing: the computed ones worked out by {@link TableSums}, over the cell-by-cell sums or one unit's cells.
 */
final class TableCells {

    /** The cells to store (blank ones left out) and the problems by key. */
    record Read(Map<CellKey, FieldValue> cells, Map<String, String> problems) {
    }

    private TableCells() {
    }

    static Read read(ReportForm form, Map<CellKey, String> typed) {
        Map<Long, FormTable> tableOfRow = new HashMap<>();
        form.tablesInOrder().forEach(t -> t.rows().forEach(r -> tableOfRow.put(r.id(), t)));
        Map<CellKey, FieldValue> cells = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        typed.forEach((cell, raw) -> {
            String text = SearchKey.clean(raw);
            if (text == null) {
                return;
            }
            FormTable table = tableOfRow.get(cell.rowId());
            Optional<TableColumn> column = table == null ? Optional.empty() : table.column(cell.columnId());
            if (column.isEmpty()) {
                problems.put(cell.key(), Texts.t("submission.table.noSuchCell",
                        table == null ? "?" : form.name(table.field())));
                return;
            }
            String name = name(form, table, cell);
            if (!table.typed(cell)) {
                problems.put(cell.key(), Texts.t("submission.table.computedCell", name));
            } else if (column.get().kind() == ColumnKind.TEXT) {
                if (text.length() > Figures.TEXT_MAX) {
                    problems.put(cell.key(), Texts.t("submission.report.textTooLong", name));
                } else {
                    cells.put(cell, FieldValue.of(text));
                }
            } else {
                try {
                    BigDecimal number = VietnameseNumbers.parse(text, column.get().kind() == ColumnKind.NUMBER);
                    cells.put(cell, FieldValue.of(number));
                } catch (IllegalArgumentException e) {
                    problems.put(cell.key(), Texts.t("submission.report.badNumber", name, e.getMessage(), text));
                }
            }
        });
        return new Read(cells, problems);
    }

    /** How a message names a cell: "Bảng 6.1 – Số liệu theo bảng, dòng «3. Tiếp xúc gần …», cột «Xử lý – CL tại nhà»". */
    static String name(ReportForm form, FormTable table, CellKey cell) {
        TableRow row = table.row(cell.rowId()).orElseThrow();
        TableColumn column = table.column(cell.columnId()).orElseThrow();
        return Texts.t("submission.table.cellName", form.name(table.field()), rowName(row), columnName(column));
    }

    static String rowName(TableRow row) {
        return row.code() == null ? row.label() : row.code() + ". " + row.label();
    }

    static String columnName(TableColumn column) {
        return column.group() == null ? column.label() : column.group() + " – " + column.label();
    }

    /** A report's typed number cells, as {@link TableSums#complete} takes them. */
    static Map<CellKey, BigDecimal> numbers(Map<CellKey, FieldValue> cells) {
        Map<CellKey, BigDecimal> numbers = new HashMap<>();
        cells.forEach((k, v) -> {
            if (v.number() != null) {
                numbers.put(k, v.number());
            }
        });
        return numbers;
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
        Map<CellKey, FieldValue> all = new HashMap<>();
        typed.forEach((cell, value) -> {
            if (value.number() == null && value.text() != null) {
                all.put(cell, value);
            }
        });
        sums(form, numbers(typed)).forEach((cell, number) -> all.put(cell, FieldValue.of(number)));
        return all;
    }
}
