package vn.hoinghi.submission.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ui.ConferenceView;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.submission.FileCheck;
import vn.hoinghi.submission.report.ReportFormService;
import vn.hoinghi.submission.report.ReportProgress;
import vn.hoinghi.submission.report.ReportStatus;
import vn.hoinghi.submission.report.ReportSummaryService;
import vn.hoinghi.submission.report.UnitReportService;
import vn.hoinghi.unit.UnitService;

/**
 * The committee's page of the units' reports: how many have submitted, are drafting, have not started; the
 * province-wide table with its exports; each unit's report and file; the data form and the settings.
 */
@Route(ConferencePath.ROUTE + "/reports")
@Menu(title = "nav.reports", order = 170, icon = "vaadin:table")
@RolesAllowed({AppRoles.ADMIN, AppRoles.STAFF})
@StyleSheet("themes/hoinghi/reports.css")
class ReportsView extends ConferenceView<Conference> implements TranslatedTitle {

    private final ReportSummaryService summary;
    private final ReportFormService forms;
    private final UnitReportService reports;
    private final UnitService units;
    private final FileCheck fileCheck;
    private final Div counts = new Div();
    private ProvinceTablePanel table;
    private UnitsPanel unitList;
    private FormPanel form;

    ReportsView(ReportSummaryService summary, ReportFormService forms, UnitReportService reports, UnitService units,
                FileCheck fileCheck, ConferenceService conferences) {
        super(conferences::open);
        this.summary = summary;
        this.forms = forms;
        this.reports = reports;
        this.units = units;
        this.fileCheck = fileCheck;
        addClassName("hn-reports-view");
        counts.addClassName("hn-report-counts");
    }

    @Override
    protected void build() {
        removeAll();
        long id = conference.id();
        table = new ProvinceTablePanel(summary, id);
        unitList = new UnitsPanel(summary, reports, id, fileCheck.maxMegabytes(), this::changed);
        form = new FormPanel(forms, id, this::changed);
        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("reports.tab.table"), table);
        tabs.add(getTranslation("reports.tab.units"), unitList);
        tabs.add(getTranslation("reports.tab.form"), form);
        tabs.setSizeFull();
        tabs.addClassName("hn-report-tabs");
        Button settings = new Button(getTranslation("reports.settings"), VaadinIcon.COG.create(),
                e -> new SettingsDialog(forms, conference, forms.settings(id), units.find(id, null), this::changed).open());
        settings.addClassName("hn-report-settings-open");
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("reports.title")), counts, new Div(), settings);
        top.setWidthFull();
        top.setWrap(true);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.expand(top.getComponentAt(2));
        add(top, tabs);
        showCounts();
    }

    private void changed() {
        showCounts();
        table.refresh();
        unitList.refresh();
        form.refresh();
    }

    private void showCounts() {
        ReportProgress p = summary.progress(conference.id());
        counts.removeAll();
        for (ReportStatus s : new ReportStatus[] {ReportStatus.SUBMITTED, ReportStatus.DRAFT, ReportStatus.NOT_STARTED}) {
            Span count = StatusBadge.of(s);
            count.setText(getTranslation("reports.count." + s, p.count(s)));
            count.addClassName("hn-report-count-" + s.name().toLowerCase());
            counts.add(count);
        }
        Span deadline = new Span(p.deadline() == null ? getTranslation("reports.deadline.none")
                : getTranslation("reports.deadline", Times.DATE.format(p.deadline())));
        deadline.addClassName("hn-report-deadline");
        counts.add(deadline);
    }
}
