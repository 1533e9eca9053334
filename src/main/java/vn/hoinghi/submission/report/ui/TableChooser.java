package vn.hoinghi.submission.report.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Objects;
import vn.hoinghi.submission.report.FieldValue;
import vn.hoinghi.submission.report.FormTable;
import vn.hoinghi.submission.report.ReportTable;
import vn.hoinghi.submission.report.UnitReport;

/**
 * The form's tables on the province-wide page: a chooser of whose cells to show (the province-wide sums first, then
 * each unit taken in), then each table in its shape.
 */
class TableChooser extends VerticalLayout {

    private final Select<UnitReport> unit = new Select<>();
    private final VerticalLayout shown = new VerticalLayout();
    private ReportTable table;

    TableChooser() {
        setPadding(false);
        addClassName("hn-table-parts");
        unit.setLabel(getTranslation("reports.table.whose"));
        unit.setEmptySelectionAllowed(true);
        unit.setEmptySelectionCaption(getTranslation("reports.table.province"));
        unit.setItemLabelGenerator(u -> u == null ? getTranslation("reports.table.province")
                : u.unitName() + (u.submitted() ? "" : " " + getTranslation("reports.table.draftMark")));
        unit.addClassName("hn-table-unit");
        unit.setMinWidth("26rem");
        unit.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                draw();
            }
        });
        shown.setPadding(false);
        add(unit, shown);
    }

    void show(ReportTable table) {
        this.table = table;
        Long chosen = unit.getValue() == null ? null : unit.getValue().unitId();
        unit.setItems(table.columns());
        unit.setValue(table.columns().stream().filter(u -> Objects.equals(u.unitId(), chosen)).findFirst().orElse(null));
        setVisible(!table.form().tablesInOrder().isEmpty());
        draw();
    }

    private void draw() {
        shown.removeAll();
        UnitReport chosen = unit.getValue();
        for (FormTable t : table.form().tablesInOrder()) {
            shown.add(new TableSumsView(t, cell -> chosen == null
                    ? (table.sum(cell) == null ? null : FieldValue.of(table.sum(cell))) : table.cell(chosen, cell)));
        }
    }
}
