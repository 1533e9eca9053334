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
import vn.hoinghi.submission.report.TableHeadings;
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
        boolean two = TableHeadings.twoRows(columns);
        Element head = new Element("thead");
        Element top = new Element("tr");
        Element bottom = new Element("tr");
        top.appendChild(th(getTranslation("reports.col.code"), two ? 2 : 1, 1));
        top.appendChild(th(getTranslation("reports.col.content"), two ? 2 : 1, 1));
        for (TableHeadings.Top cell : TableHeadings.top(columns)) {
            top.appendChild(th(cell.text(), cell.group() || !two ? 1 : 2, cell.count()));
            for (int k = 0; cell.group() && k < cell.count(); k++) {
                bottom.appendChild(th(TableHeadings.label(columns.get(cell.first() + k)), 1, 1));
            }
        }
        head.appendChild(top);
        if (two) {
            head.appendChild(bottom);
        }
        return head;
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
