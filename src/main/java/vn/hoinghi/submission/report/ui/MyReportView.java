package vn.hoinghi.submission.report.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.ui.ConferenceView;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.submission.FileCheck;
import vn.hoinghi.submission.report.ReportSheet;
import vn.hoinghi.submission.report.UnitReportService;

/**
 * A unit's own review report: the outline to follow, the narrative file, the data form; saved as a draft, then
 * submitted, and corrected until the deadline. The service gives this page its own unit's report and nothing else.
 */
@Route(ConferencePath.ROUTE + "/my-report")
@Menu(title = "nav.myReport", order = 170, icon = "vaadin:file-text-o")
@RolesAllowed(AppRoles.UNIT)
@StyleSheet("themes/hoinghi/reports.css")
class MyReportView extends ConferenceView<Conference> implements TranslatedTitle {

    private final UnitReportService service;
    private final FileCheck fileCheck;

    MyReportView(UnitReportService service, FileCheck fileCheck, ConferenceService conferences) {
        super(conferences::open);
        this.service = service;
        this.fileCheck = fileCheck;
        addClassName("hn-my-report");
    }

    @Override
    protected void build() {
        removeAll();
        ReportSheet sheet;
        try {
            sheet = service.mine(conference.id());
        } catch (AccessDeniedException e) {
            add(new H2(getTranslation("nav.myReport")), new Paragraph(Refusals.text(e)));
            return;
        }
        H2 title = new H2(getTranslation("reports.mine.title", sheet.unitName()));
        Paragraph help = new Paragraph(getTranslation("reports.mine.help"));
        help.addClassName("hn-help");
        add(title, help, new ReportEditor(service, sheet, fileCheck.maxMegabytes(), () -> { }));
    }
}
