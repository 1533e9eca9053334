package vn.hoinghi.submission.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.Instant;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ui.Downloads;
import vn.hoinghi.submission.report.ReportProgress;
import vn.hoinghi.submission.report.ReportStatus;
import vn.hoinghi.submission.report.ReportSummaryService;
import vn.hoinghi.submission.report.UnitReport;
import vn.hoinghi.submission.report.UnitReportService;

/**
 * Where each unit's report stands — submitted, drafting, not started — with its narrative file to download, and
 * the unit's whole report in a dialog, where the committee can also enter what a unit sent by e-mail.
 */
class UnitsPanel extends VerticalLayout {

    private final ReportSummaryService summary;
    private final UnitReportService reports;
    private final long conferenceId;
    private final int maxMegabytes;
    private final Runnable onChanged;
    private final Select<ReportStatus> filter = new Select<>();
    private final Grid<ReportProgress.Row> grid = new Grid<>();
    private ReportProgress progress;

    UnitsPanel(ReportSummaryService summary, UnitReportService reports, long conferenceId, int maxMegabytes,
               Runnable onChanged) {
        this.summary = summary;
        this.reports = reports;
        this.conferenceId = conferenceId;
        this.maxMegabytes = maxMegabytes;
        this.onChanged = onChanged;
        setPadding(false);
        setSizeFull();
        addClassName("hn-report-units");
        filter.setLabel(getTranslation("reports.units.filter"));
        filter.setItems(ReportStatus.values());
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(getTranslation("reports.units.all"));
        filter.setItemLabelGenerator(s -> s == null ? getTranslation("reports.units.all") : getTranslation("reports.status." + s));
        filter.addValueChangeListener(e -> show());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ReportProgress.Row::unitName).setHeader(getTranslation("reports.units.unit")).setFlexGrow(3);
        grid.addComponentColumn(r -> StatusBadge.of(r.status())).setHeader(getTranslation("reports.units.status"))
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(r -> time(r.report() == null ? null : r.report().submittedAt()))
                .setHeader(getTranslation("reports.units.submittedAt")).setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(r -> time(r.report() == null ? null : r.report().changedAt()))
                .setHeader(getTranslation("reports.units.changedAt")).setWidth("9.5rem").setFlexGrow(0);
        grid.addComponentColumn(this::file).setHeader(getTranslation("reports.units.file")).setFlexGrow(2);
        grid.addComponentColumn(this::open).setWidth("9rem").setFlexGrow(0);
        grid.setPartNameGenerator(r -> r.expected() ? null : "hn-unexpected");
        grid.setSizeFull();
        add(filter, grid);
        refresh();
    }

    void refresh() {
        progress = summary.progress(conferenceId);
        show();
    }

    private void show() {
        grid.setItems(filter.getValue() == null ? progress.rows() : progress.of(filter.getValue()));
    }

    private Component file(ReportProgress.Row r) {
        UnitReport report = r.report();
        if (report == null || report.narrative() == null) {
            return new Span();
        }
        var f = report.narrative();
        Anchor link = new Anchor(Downloads.file(f.fileName(), f.type().mediaType, () -> reports.file(conferenceId, f.id())),
                f.fileName());
        link.addClassName("hn-unit-file");
        return link;
    }

    private Button open(ReportProgress.Row r) {
        Button open = new Button(getTranslation(r.status() == ReportStatus.NOT_STARTED ? "reports.units.enter"
                : "reports.units.open"), VaadinIcon.EYE.create(), e -> dialog(r));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        open.getElement().setAttribute("data-unit", Long.toString(r.unitId()));
        return open;
    }

    private void dialog(ReportProgress.Row r) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(r.unitName());
        dialog.setWidth("min(64rem, 100vw)");
        dialog.addClassName("hn-unit-report-dialog");
        dialog.add(new ReportEditor(reports, reports.of(conferenceId, r.unitId()), maxMegabytes, () -> {
            refresh();
            onChanged.run();
        }));
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    private static String time(Instant at) {
        return at == null ? "" : Times.DATE_TIME.format(Times.local(at));
    }
}
