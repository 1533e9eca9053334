package vn.hoinghi.attendance.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ui.ConferencePage;
import vn.hoinghi.base.ui.Downloads;
import vn.hoinghi.base.ui.LiveUpdates;
import vn.hoinghi.attendance.AttendanceBoard;
import vn.hoinghi.attendance.AttendanceExportService;
import vn.hoinghi.attendance.AttendanceService;
import vn.hoinghi.attendance.AttendanceSummary;
import vn.hoinghi.attendance.ProvincePeople;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.CurrentUser;

/**
 * The committee's and the MC's attendance board: present against expected, by composition group and by meeting
 * point; the leaders still missing (the committee calls them); the introduction list. Updates itself within a
 * second of a check-in at any gate.
 */
@Route(ConferencePath.ROUTE + "/attendance")
@Menu(title = "nav.attendance", order = 240, icon = "vaadin:chart-grid")
@RolesAllowed({AppRoles.ADMIN, AppRoles.STAFF, AppRoles.MC})
@StyleSheet("themes/hoinghi/attendance.css")
class AttendanceView extends Div implements BeforeEnterObserver, TranslatedTitle {

    static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final AttendanceService attendance;
    private final AttendanceExportService exports;
    private final ConferenceService conferences;
    private final boolean committee = CurrentUser.hasRole(AppRoles.ADMIN) || CurrentUser.hasRole(AppRoles.STAFF);
    private final Span asOf = new Span();
    private final Total present = new Total("hn-att-present", "");
    private final Total absent = new Total("hn-att-absent", getTranslation("attendance.absent"));
    private final Total declined = new Total("hn-att-declined", getTranslation("attendance.declined"));
    private final Total substitutes = new Total("hn-att-subs", getTranslation("attendance.substitutes"));
    private final Total rate = new Total("hn-att-rate", getTranslation("attendance.percent"));
    private final Total people = new Total("hn-att-people", "");
    private final Div totals = new Div(people, present, absent, declined, substitutes, rate);
    private final CountsGrid byGroup = new CountsGrid(getTranslation("attendance.group"), getTranslation("attendance.noGroup"));
    private final ClusterGrid byCluster = new ClusterGrid();
    private final Span notReported = new Span();
    private final AbsentLeaders absentLeaders = new AbsentLeaders(committee);
    private final H3 absentTitle = new H3();
    private final H3 introTitle = new H3();
    private final IntroductionList introductions = new IntroductionList();
    private Conference conference;

    AttendanceView(AttendanceService attendance, AttendanceExportService exports, ConferenceService conferences,
                   LiveHub liveHub) {
        this.attendance = attendance;
        this.exports = exports;
        this.conferences = conferences;
        addClassName("hn-att");
        LiveUpdates.follow(this, liveHub, () -> conference == null ? null : conference.id(), Set.of(LiveTopic.ATTENDANCE,
                LiveTopic.POINTS), this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        conference = ConferencePage.enter(event, conferences::open).orElse(null);
        if (conference == null) {
            return;
        }
        removeAll();
        totals.addClassName("hn-att-totals");
        asOf.addClassName("hn-att-asof");
        notReported.addClassName("hn-att-not-reported");
        add(header(), totals,
                section("hn-att-groups", new H3(getTranslation("attendance.byGroup")), byGroup),
                section("hn-att-points", new H3(getTranslation("attendance.people.title")), notReported, byCluster),
                section("hn-att-leaders", absentTitle, absentLeaders),
                section("hn-att-intro", introTitle, introductions));
        refresh();
    }

    private Div header() {
        H2 title = new H2(getTranslation("attendance.title"));
        Div actions = new Div();
        actions.addClassName("hn-att-actions");
        Anchor mc = new Anchor(ConferencePath.of(conference.id(), "attendance/mc"), getTranslation("attendance.openMc"));
        mc.addClassName("hn-link-button");
        mc.addComponentAsFirst(VaadinIcon.MICROPHONE.create());
        actions.add(mc);
        if (committee) {
            long id = conference.id();
            actions.add(download(Downloads.file("diem-danh-dai-bieu.xlsx", Downloads.XLSX, () -> exports.xlsx(id)),
                    VaadinIcon.FILE_TABLE, "attendance.export.xlsx"));
            actions.add(download(Downloads.pdf("diem-danh-dai-bieu.pdf", () -> exports.pdf(id)),
                    VaadinIcon.FILE_TEXT_O, "attendance.export.pdf"));
        }
        Div head = new Div(new Div(title, asOf), actions);
        head.addClassName("hn-att-head");
        return head;
    }

    private Anchor download(com.vaadin.flow.server.streams.DownloadHandler handler, VaadinIcon icon, String label) {
        Anchor a = new Anchor(handler, getTranslation(label));
        a.addClassName("hn-link-button");
        a.addComponentAsFirst(icon.create());
        return a;
    }

    private static Div section(String className, com.vaadin.flow.component.Component... parts) {
        Div d = new Div(parts);
        d.addClassNames("hn-att-section", className);
        return d;
    }

    private void refresh() {
        AttendanceBoard board = committee ? attendance.boardWithPhones(conference.id()) : attendance.board(conference.id());
        AttendanceSummary s = board.summary();
        asOf.setText(getTranslation("attendance.asOf", SECONDS.format(Times.local(s.at()))));
        present.show(s.total().present(), getTranslation("attendance.presentOf", s.total().expected()));
        absent.show(s.total().absent(), null);
        declined.show(s.total().declined(), null);
        substitutes.show(s.total().substitutes(), null);
        rate.show(s.total().percent() + "%", null);
        ProvincePeople p = board.people();
        people.show(p.total().present(), getTranslation("attendance.headcount", p.atPoints().points(),
                p.atPoints().reported()));
        byGroup.show(s.byGroup(), s.total());
        byCluster.show(p);
        int missing = p.atPoints().notReported();
        notReported.setText(missing == 0 ? getTranslation("attendance.people.allReported")
                : getTranslation("attendance.people.missing", missing));
        notReported.getElement().getClassList().set("hn-att-missing", missing > 0);
        absentTitle.setText(getTranslation("attendance.leaders.absent", board.absentLeaders().size()));
        absentLeaders.show(board.absentLeaders());
        introTitle.setText(getTranslation("attendance.intro", board.introductions().size()));
        introductions.show(board.introductions(), board.othersPresent());
    }

    /** A big number with its label. */
    private static final class Total extends Div {
        private final Span number = new Span();
        private final Span label = new Span();

        Total(String className, String text) {
            number.addClassName("hn-att-number");
            label.addClassName("hn-att-label");
            label.setText(text);
            add(number, label);
            addClassNames("hn-att-total", className);
        }

        void show(Object value, String text) {
            number.setText(value.toString());
            if (text != null) {
                label.setText(text);
            }
        }
    }
}
