package vn.hoinghi.submission.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hoinghi.submission.report.CellKey;
import vn.hoinghi.submission.report.ColumnKind;
import vn.hoinghi.submission.report.FieldValue;
import vn.hoinghi.submission.report.FormTable;
import vn.hoinghi.submission.report.TableColumn;
import vn.hoinghi.submission.report.TableRow;
import vn.hoinghi.submission.report.TableSums;
import vn.hoinghi.submission.report.VietnameseNumbers;

/**
 * A table of the data form to fill, with its headings as the plan prints them (a group heading spanning its
 * columns): one input per typed cell, in row order so that Tab moves along a row; the total column and the total
 * rows are text, never inputs, worked out again ({@link TableSums}) as soon as a cell is left. Wide tables scroll
 * sideways inside their frame with the row number and heading kept in view.
 */
@StyleSheet("themes/hoinghi/report-tables.css")
class TableInputs extends Div {

    private final FormTable table;
    private final Map<CellKey, TextField> inputs = new LinkedHashMap<>();
    private final Map<CellKey, Span> computed = new HashMap<>();
    private final UnorderedList messages = new UnorderedList();

    TableInputs(String name, FormTable table, Map<CellKey, FieldValue> cells, boolean editable) {
        this.table = table;
        addClassName("hn-table-fill");
        getElement().setAttribute("data-table", Long.toString(table.field().id()));
        NativeTable html = new NativeTable();
        html.addClassName("hn-report-table");
        html.getElement().setAttribute("aria-label", name);
        headings(html);
        for (TableRow row : table.rows()) {
            NativeTableRow tr = html.getBody().addRow();
            tr.addClassName(row.total() ? "hn-table-total" : "hn-table-level-" + row.level());
            sticky(tr.addHeaderCell(), row.code() == null ? "" : row.code(), "hn-table-code");
            sticky(tr.addHeaderCell(), row.level() == 2 ? "– " + row.label() : row.label(), "hn-table-label")
                    .getElement().setAttribute("scope", "row");
            for (TableColumn column : table.columns()) {
                CellKey cell = new CellKey(row.id(), column.id());
                tr.addDataCell().add(table.typed(cell) ? input(name, row, column, cell, cells.get(cell), editable)
                        : total(cell));
            }
        }
        Div frame = new Div(html);
        frame.addClassName("hn-table-scroll");
        messages.addClassName("hn-table-errors");
        messages.setVisible(false);
        add(frame, messages);
        recompute();
    }

    /** One heading row, or two when a group heading ("Xử lý") spans columns under it. */
    private void headings(NativeTable html) {
        List<TableColumn> columns = table.columns();
        boolean grouped = columns.stream().anyMatch(c -> c.group() != null);
        NativeTableRow top = html.getHead().addRow();
        NativeTableRow below = grouped ? html.getHead().addRow() : null;
        heading(top, getTranslation("reports.tableInput.code"), grouped ? 2 : 1, 1).addClassName("hn-table-code");
        heading(top, getTranslation("reports.tableInput.label"), grouped ? 2 : 1, 1).addClassName("hn-table-label");
        for (int i = 0; i < columns.size(); i++) {
            TableColumn c = columns.get(i);
            if (c.group() == null) {
                heading(top, label(c), grouped ? 2 : 1, 1);
                continue;
            }
            int span = 1;
            while (i + span < columns.size() && c.group().equals(columns.get(i + span).group())) {
                span++;
            }
            heading(top, c.group(), 1, span).addClassName("hn-table-group");
            for (int j = i; j < i + span; j++) {
                heading(below, label(columns.get(j)), 1, 1);
            }
            i += span - 1;
        }
    }

    private static NativeTableHeaderCell heading(NativeTableRow row, String text, int rows, int columns) {
        NativeTableHeaderCell th = row.addHeaderCell();
        th.setText(text);
        th.getElement().setAttribute("scope", columns > 1 ? "colgroup" : "col");
        if (rows > 1) {
            th.getElement().setAttribute("rowspan", Integer.toString(rows));
        }
        if (columns > 1) {
            th.getElement().setAttribute("colspan", Integer.toString(columns));
        }
        return th;
    }

    private static String label(TableColumn c) {
        return c.unitLabel() == null ? c.label() : c.label() + " (" + c.unitLabel() + ")";
    }

    private static NativeTableHeaderCell sticky(NativeTableHeaderCell th, String text, String className) {
        th.setText(text);
        th.addClassName(className);
        return th;
    }

    private Component input(String name, TableRow row, TableColumn column, CellKey cell, FieldValue value,
                            boolean editable) {
        TextField input = new TextField();
        input.addClassName("hn-table-input");
        input.addThemeVariants(TextFieldVariant.LUMO_SMALL);
        input.setAriaLabel(name + ", " + (row.code() == null ? "" : row.code() + ". ") + row.label() + ", "
                + (column.group() == null ? "" : column.group() + " – ") + column.label());
        input.getElement().setAttribute("data-cell", cell.key());
        input.setValue(value == null ? "" : value.display());
        input.setReadOnly(!editable);
        if (column.kind().numeric()) {
            input.addThemeVariants(TextFieldVariant.LUMO_ALIGN_RIGHT);
            input.setAllowedCharPattern("[0-9.,\\s]");
            input.getElement().setAttribute("inputmode", "decimal");
            input.addValueChangeListener(e -> {
                tidy(input, column);
                recompute();
            });
        } else {
            input.setMaxLength(1000);
        }
        inputs.put(cell, input);
        return input;
    }

    private Span total(CellKey cell) {
        Span text = new Span();
        text.addClassName("hn-table-computed");
        text.getElement().setAttribute("data-cell", cell.key());
        computed.put(cell, text);
        return text;
    }

    /** Rewrites a good number the Vietnamese way ("1622" → "1.622"); a bad one stays for the service to name. */
    private static void tidy(TextField input, TableColumn column) {
        String raw = input.getValue().strip();
        if (raw.isEmpty()) {
            input.setInvalid(false);
            return;
        }
        try {
            String shown = VietnameseNumbers.format(VietnameseNumbers.parse(raw, column.kind() == ColumnKind.NUMBER));
            input.setInvalid(false);
            if (!shown.equals(input.getValue())) {
                input.setValue(shown);
            }
        } catch (IllegalArgumentException e) {
            input.setInvalid(true);
        }
    }

    /** The total column and the total rows from the numbers typed so far (bad ones left out until corrected). */
    private void recompute() {
        Map<CellKey, BigDecimal> typed = new HashMap<>();
        inputs.forEach((cell, input) -> {
            TableColumn column = table.column(cell.columnId()).orElseThrow();
            if (column.kind().numeric() && !input.getValue().isBlank()) {
                try {
                    typed.put(cell, VietnameseNumbers.parse(input.getValue(), column.kind() == ColumnKind.NUMBER));
                } catch (IllegalArgumentException e) {
                    // shown as invalid; the service names it on saving
                }
            }
        });
        Map<CellKey, BigDecimal> all = TableSums.complete(table, typed);
        computed.forEach((cell, text) -> {
            BigDecimal v = all.get(cell);
            text.setText(v == null ? "" : VietnameseNumbers.format(v));
        });
    }

    Map<CellKey, String> typed() {
        Map<CellKey, String> typed = new LinkedHashMap<>();
        inputs.forEach((cell, input) -> typed.put(cell, input.getValue()));
        return typed;
    }

    /** Marks the cells the service named and lists its messages under the table; returns how many were placed. */
    int show(Map<String, String> errors) {
        messages.removeAll();
        int placed = 0;
        for (var e : inputs.entrySet()) {
            String message = errors.get(e.getKey().key());
            e.getValue().setInvalid(message != null);
            if (message != null) {
                messages.add(new ListItem(message));
                placed++;
            }
        }
        messages.setVisible(placed > 0);
        return placed;
    }

    long blanks() {
        return inputs.values().stream().filter(i -> i.getValue().isBlank()).count();
    }
}
