package vn.hoinghi.submission.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.function.Function;
import vn.hoinghi.submission.report.CellKey;
import vn.hoinghi.submission.report.ColumnKind;
import vn.hoinghi.submission.report.FieldValue;
import vn.hoinghi.submission.report.FormTable;
import vn.hoinghi.submission.report.TableColumn;
import vn.hoinghi.submission.report.TableRow;

/**
 * A table part of the form as the plan prints it, read-only: the row number and content columns, the group heading
 * spanning its columns, the cells (province-wide sums or one unit's), the total row and total column bold.
 */
class TableSumsView extends Div {

    TableSumsView(FormTable table, Function<CellKey, FieldValue> value) {
        addClassName("hn-sums-table");
        getElement().setAttribute("data-table", String.valueOf(table.field().id()));
        String code = table.field().code();
        add(new H4(code == null || code.isBlank() ? table.field().label() : code + ". " + table.field().label()));
        Element html = new Element("table");
        html.appendChild(heads(table.columns()));
        Element body = new Element("tbody");
        for (TableRow row : table.rows()) {
            Element tr = new Element("tr");
            if (row.total()) {
                tr.getClassList().add("hn-total-row");
            }
            tr.setAttribute("data-row", row.code() == null ? "" : row.code());
            tr.appendChild(td(row.code(), "hn-code"));
            tr.appendChild(td(row.level() == 2 ? "– " + row.label() : row.label(), "hn-label hn-level-" + row.level()));
            for (TableColumn column : table.columns()) {
                FieldValue v = value.apply(new CellKey(row.id(), column.id()));
                Element cell = td(v == null ? "" : v.display(), v != null && v.number() != null ? "hn-number" : "hn-text");
                if (column.kind() == ColumnKind.TOTAL) {
                    cell.getClassList().add("hn-total-column");
                }
                cell.setAttribute("data-column", String.valueOf(column.position()));
                tr.appendChild(cell);
            }
            body.appendChild(tr);
        }
        html.appendChild(body);
        Div scroll = new Div();
        scroll.addClassName("hn-sums-scroll");
        scroll.getElement().appendChild(html);
        add(scroll);
    }

    private Element heads(List<TableColumn> columns) {
        boolean grouped = columns.stream().anyMatch(TableSumsView::grouped);
        Element head = new Element("thead");
        Element top = new Element("tr");
        Element bottom = new Element("tr");
        top.appendChild(th(getTranslation("reports.col.code"), grouped ? 2 : 1, 1));
        top.appendChild(th(getTranslation("reports.col.content"), grouped ? 2 : 1, 1));
        for (int c = 0; c < columns.size(); ) {
            TableColumn first = columns.get(c);
            int end = c;
            while (grouped(first) && end + 1 < columns.size() && first.group().equals(columns.get(end + 1).group())) {
                end++;
            }
            if (grouped(first)) {
                top.appendChild(th(first.group(), 1, end - c + 1));
                for (int k = c; k <= end; k++) {
                    bottom.appendChild(th(heading(columns.get(k)), 1, 1));
                }
            } else {
                top.appendChild(th(heading(first), grouped ? 2 : 1, 1));
            }
            c = end + 1;
        }
        head.appendChild(top);
        if (grouped) {
            head.appendChild(bottom);
        }
        return head;
    }

    private static boolean grouped(TableColumn column) {
        return column.group() != null && !column.group().isBlank();
    }

    private static String heading(TableColumn column) {
        return column.unitLabel() == null || column.unitLabel().isBlank() ? column.label()
                : column.label() + " (" + column.unitLabel() + ")";
    }

    private static Element th(String text, int rows, int columns) {
        Element th = new Element("th").setText(text);
        if (rows > 1) {
            th.setAttribute("rowspan", String.valueOf(rows));
        }
        if (columns > 1) {
            th.setAttribute("colspan", String.valueOf(columns));
        }
        return th;
    }

    private static Element td(String text, String classes) {
        Element td = new Element("td").setText(text == null ? "" : text);
        td.setAttribute("class", classes);
        return td;
    }
}
