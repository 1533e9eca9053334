package vn.hoinghi.pointlog.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ui.ConferenceView;
import vn.hoinghi.base.ui.Downloads;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.pointlog.ClusterDays;
import vn.hoinghi.pointlog.DayTotals;
import vn.hoinghi.pointlog.PointDay;
import vn.hoinghi.pointlog.PointLog;
import vn.hoinghi.pointlog.PointLogLabels;
import vn.hoinghi.pointlog.PointLogService;
import vn.hoinghi.security.AppRoles;

/**
 * After the conference, the committee's record of each point's day: the summary grid, filtered by cluster and to the
 * points that lost their link, and the two downloads (.xlsx, the Decree-30 PDF).
 */
@Route(ConferencePath.ROUTE + "/point-log")
@Menu(title = "nav.pointLog", order = 320, icon = "vaadin:clipboard-pulse")
@RolesAllowed({AppRoles.ADMIN, AppRoles.STAFF})
@StyleSheet("themes/hoinghi/pointlog.css")
class PointLogView extends ConferenceView<Conference> implements TranslatedTitle {

    private final PointLogService service;
    private final PointLogGrid grid = new PointLogGrid();
    private final Select<ClusterDays> cluster = new Select<>();
    private final Checkbox outagesOnly = new Checkbox();
    private final Span totals = new Span();
    private PointLog log;

    PointLogView(PointLogService service, ConferenceService conferences) {
        super(conferences::open);
        this.service = service;
        addClassName("hn-pointlog");
        cluster.addClassName("hn-pointlog-cluster");
        cluster.setEmptySelectionAllowed(true);
        cluster.setEmptySelectionCaption(getTranslation("pointlog.allClusters"));
        cluster.setItemLabelGenerator(this::groupName);
        cluster.setLabel(getTranslation("pointlog.cluster"));
        cluster.addValueChangeListener(e -> show());
        outagesOnly.setLabel(getTranslation("pointlog.outagesOnly"));
        outagesOnly.addClassName("hn-pointlog-outages-only");
        outagesOnly.addValueChangeListener(e -> show());
        totals.addClassName("hn-pointlog-totals");
    }

    @Override
    protected void build() {
        log = service.log(conference.id());
        H2 title = new H2(getTranslation("pointlog.title"));
        Div actions = new Div(download(Downloads.file(PointLogLabels.fileName(conference, "xlsx"), Downloads.XLSX,
                        () -> service.xlsx(conference.id())), VaadinIcon.FILE_TABLE, "pointlog.export.xlsx"),
                download(Downloads.pdf(PointLogLabels.fileName(conference, "pdf"), () -> service.pdf(conference.id())),
                        VaadinIcon.FILE_TEXT_O, "pointlog.export.pdf"));
        actions.addClassName("hn-pointlog-actions");
        Div head = new Div(title, actions);
        head.addClassName("hn-pointlog-head");
        Paragraph help = new Paragraph(dayText());
        help.addClassName("hn-help");
        cluster.setItems(log.groups());
        Div filters = new Div(cluster, outagesOnly, totals);
        filters.addClassName("hn-pointlog-filters");
        grid.setSizeFull();
        add(head, help, filters, grid);
        show();
    }

    private String dayText() {
        if (log.day().start() == null) {
            return getTranslation("pointlog.day.none");
        }
        String from = Times.TIME.format(Times.local(log.day().start()));
        String to = Times.DATE_TIME.format(Times.local(log.day().end()));
        return getTranslation(log.day().afterReset() ? "pointlog.day.afterReset" : "pointlog.day.firstReport", from,
                to);
    }

    private void show() {
        ClusterDays chosen = cluster.getValue();
        List<PointDay> days = (chosen == null ? log.points() : chosen.points()).stream()
                .filter(d -> !outagesOnly.getValue() || d.hadOutage()).toList();
        grid.show(days);
        DayTotals t = chosen == null ? log.province() : chosen.totals();
        totals.setText(getTranslation("pointlog.totals", days.size(), t.outages(), t.withOutages(), t.outageMinutes(),
                t.granted(), t.asked()));
    }

    private String groupName(ClusterDays g) {
        if (g == null) {
            return getTranslation("pointlog.allClusters");
        }
        if (g.hall()) {
            return getTranslation("pointlog.hall");
        }
        return Objects.requireNonNullElseGet(g.cluster(), () -> getTranslation("pointlog.noCluster"));
    }

    private Anchor download(DownloadHandler handler, VaadinIcon icon, String label) {
        Anchor a = new Anchor(handler, getTranslation(label));
        a.addClassName("hn-link-button");
        a.addComponentAsFirst(icon.create());
        return a;
    }
}
