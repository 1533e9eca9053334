package vn.hoinghi.submission.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ui.Downloads;
import vn.hoinghi.submission.report.FieldKind;
import vn.hoinghi.submission.report.FieldValue;
import vn.hoinghi.submission.report.ReportField;
import vn.hoinghi.submission.report.ReportSummaryService;
import vn.hoinghi.submission.report.ReportTable;
import vn.hoinghi.submission.report.UnitReport;
import vn.hoinghi.submission.report.VietnameseNumbers;

/**
 * The province-wide table: the form's rows, the total over the units taken in, and a column per unit. Only
 * submitted reports count unless the committee ticks the drafts in too (their columns are marked "nháp"). Below
 * it, each table part of the form in its shape, with the province-wide sums or one chosen unit's cells.
 */
class ProvinceTablePanel extends VerticalLayout {

    private final ReportSummaryService summary;
    private final long conferenceId;
    private final Checkbox drafts = new Checkbox();
    private final Span scope = new Span();
    private final Paragraph empty = new Paragraph();
    private final Grid<ReportField> grid = new Grid<>();
    private final TableChooser tables;

    ProvinceTablePanel(ReportSummaryService summary, long conferenceId) {
        this.summary = summary;
        this.conferenceId = conferenceId;
        setPadding(false);
        setSizeFull();
        addClassName("hn-province-table");
        drafts.setLabel(getTranslation("reports.table.drafts"));
        drafts.addClassName("hn-table-drafts");
        drafts.addValueChangeListener(e -> refresh());
        scope.addClassName("hn-count");
        Anchor xlsx = new Anchor(Downloads.file("tong-hop-bao-cao.xlsx", Downloads.XLSX,
                () -> summary.xlsx(conferenceId, drafts.getValue())), "");
        xlsx.add(new Button(getTranslation("reports.table.xlsx"), VaadinIcon.FILE_TABLE.create()));
        xlsx.addClassName("hn-table-xlsx");
        Anchor pdf = new Anchor(Downloads.pdf("tong-hop-bao-cao.pdf", () -> summary.pdf(conferenceId, drafts.getValue())), "");
        pdf.add(new Button(getTranslation("reports.table.pdf"), VaadinIcon.FILE_TEXT_O.create()));
        pdf.addClassName("hn-table-pdf");
        HorizontalLayout tools = new HorizontalLayout(drafts, scope, xlsx, pdf);
        tools.setWrap(true);
        tools.setAlignItems(FlexComponent.Alignment.CENTER);
        empty.setText(getTranslation("reports.table.empty"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setPartNameGenerator(f -> f.kind() == FieldKind.HEADING ? "hn-row-heading" : "hn-row-level-" + f.level());
        grid.setSizeFull();
        tables = new TableChooser();
        add(tools, empty, grid, tables);
        refresh();
    }

    void refresh() {
        ReportTable table = summary.table(conferenceId, drafts.getValue());
        long drafted = table.drafts();
        scope.setText(getTranslation(table.includeDrafts() ? "reports.table.scopeDrafts" : "reports.table.scope",
                table.columns().size() - drafted, drafted, Times.DATE_TIME.format(Times.local(table.at()))));
        empty.setVisible(table.columns().isEmpty());
        grid.removeAllColumns();
        grid.addColumn(f -> f.code() == null ? "" : f.code()).setHeader(getTranslation("reports.col.code"))
                .setWidth("5.5rem").setFlexGrow(0).setFrozen(true);
        grid.addColumn(f -> f.level() == 2 && f.kind() != FieldKind.HEADING ? "– " + f.label() : f.label())
                .setHeader(getTranslation("reports.col.content")).setWidth("21rem").setFlexGrow(0).setFrozen(true);
        grid.addColumn(f -> f.unitLabel() == null ? "" : f.unitLabel()).setHeader(getTranslation("reports.col.unit"))
                .setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(f -> number(table.total(f))).setHeader(getTranslation("reports.col.total"))
                .setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0).setPartNameGenerator(f -> "hn-total")
                .setKey("total");
        for (UnitReport unit : table.columns()) {
            grid.addColumn(f -> value(table.value(unit, f))).setHeader(header(unit)).setTextAlign(ColumnTextAlign.END)
                    .setWidth("8.5rem").setFlexGrow(1).setKey("unit-" + unit.unitId());
        }
        grid.setItems(table.oneValueFields());
        boolean withTables = !table.form().tablesInOrder().isEmpty();
        grid.setAllRowsVisible(withTables);
        grid.setVisible(!withTables || table.oneValueFields().stream().anyMatch(f -> f.kind() != FieldKind.HEADING));
        setClassName("hn-with-tables", withTables);
        tables.show(table);
    }

    private Span header(UnitReport unit) {
        Span head = new Span(unit.unitName() + (unit.submitted() ? "" : " " + getTranslation("reports.table.draftMark")));
        head.addClassName("hn-unit-head");
        return head;
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : VietnameseNumbers.format(value);
    }

    private static String value(FieldValue value) {
        return value == null ? "" : value.display();
    }
}
