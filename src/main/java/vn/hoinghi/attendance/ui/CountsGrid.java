package vn.hoinghi.attendance.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import vn.hoinghi.attendance.AttendanceCount;

/** Expected against present for each composition group, with the total in the footer. */
class CountsGrid extends Grid<AttendanceCount> {

    private final List<Column<AttendanceCount>> numbers = new ArrayList<>();
    private final List<ToIntFunction<AttendanceCount>> values = new ArrayList<>();
    private final List<Boolean> percent = new ArrayList<>();
    private final FooterRow footer;
    private final Column<AttendanceCount> name;

    CountsGrid(String nameHeader, String noName) {
        addClassName("hn-att-counts");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        name = addColumn(c -> c.name() == null ? noName : c.name()).setHeader(nameHeader).setFlexGrow(4)
                .setWidth("20rem");
        number("attendance.expected", AttendanceCount::expected);
        number("attendance.present", AttendanceCount::present).setPartNameGenerator(c -> "hn-att-present-cell");
        number("attendance.absent", AttendanceCount::absent);
        number("attendance.declined", AttendanceCount::declined);
        number("attendance.substitutes", AttendanceCount::substitutes);
        number("attendance.percent", AttendanceCount::percent);
        footer = appendFooterRow();
        footer.getCell(name).setText(getTranslation("attendance.total"));
    }

    private Column<AttendanceCount> number(String header, ToIntFunction<AttendanceCount> value) {
        boolean percent = header.endsWith("percent");
        Column<AttendanceCount> column = addColumn(c -> value.applyAsInt(c) + (percent ? "%" : ""))
                .setHeader(getTranslation(header)).setTextAlign(ColumnTextAlign.END).setFlexGrow(1).setWidth("7rem");
        numbers.add(column);
        values.add(value);
        this.percent.add(percent);
        return column;
    }

    void show(List<AttendanceCount> rows, AttendanceCount total) {
        setItems(rows);
        for (int i = 0; i < numbers.size(); i++) {
            int v = values.get(i).applyAsInt(total);
            footer.getCell(numbers.get(i)).setText(v + (percent.get(i) ? "%" : ""));
        }
    }
}
