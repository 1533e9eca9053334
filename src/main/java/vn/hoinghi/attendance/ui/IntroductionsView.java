package vn.hoinghi.attendance.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ui.ConferencePage;
import vn.hoinghi.base.ui.LiveUpdates;
import vn.hoinghi.attendance.AttendanceBoard;
import vn.hoinghi.attendance.AttendanceEntry;
import vn.hoinghi.attendance.AttendanceService;
import vn.hoinghi.attendance.Introduction;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.security.AppRoles;

/**
 * What the MC reads aloud at "giới thiệu đại biểu": the leaders present in protocol order, in large type for a
 * phone or tablet at the lectern, without the app's frame. A leader checking in at any gate appears within a second.
 */
@Route(value = ConferencePath.ROUTE + "/attendance/mc", autoLayout = false)
@Menu(title = "nav.introductions", order = 245, icon = "vaadin:microphone")
@RolesAllowed({AppRoles.ADMIN, AppRoles.STAFF, AppRoles.MC})
@StyleSheet("themes/hoinghi/attendance.css")
class IntroductionsView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final AttendanceService attendance;
    private final ConferenceService conferences;
    private final Span count = new Span();
    private final Span asOf = new Span();
    private final IntroductionList introductions = new IntroductionList();
    private final Paragraph waiting = new Paragraph();
    private Conference conference;

    IntroductionsView(AttendanceService attendance, ConferenceService conferences, LiveHub liveHub) {
        this.attendance = attendance;
        this.conferences = conferences;
        addClassName("hn-mc");
        // POINTS: a point's headcount changes "cùng … đại biểu".
        LiveUpdates.follow(this, liveHub, () -> conference == null ? null : conference.id(),
                Set.of(LiveTopic.ATTENDANCE, LiveTopic.POINTS), this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        conference = ConferencePage.enter(event, conferences::open).orElse(null);
        if (conference == null) {
            return;
        }
        removeAll();
        Span label = new Span(getTranslation("intro.back"));
        label.addClassName("hn-mc-back-label");
        Anchor back = new Anchor(ConferencePath.of(conference.id(), "attendance"), VaadinIcon.ANGLE_LEFT.create(), label);
        back.getElement().setAttribute("aria-label", getTranslation("intro.back"));
        back.addClassName("hn-mc-back");
        count.addClassName("hn-mc-count");
        asOf.addClassName("hn-mc-asof");
        Div bar = new Div(back, count, asOf);
        bar.addClassName("hn-mc-bar");
        H1 title = new H1(getTranslation("intro.title"));
        title.addClassName("hn-mc-title");
        Paragraph subtitle = new Paragraph(conference.title());
        subtitle.addClassName("hn-mc-conference");
        waiting.addClassName("hn-mc-waiting");
        add(bar, title, subtitle, introductions, waiting);
        refresh();
    }

    private void refresh() {
        AttendanceBoard board = attendance.board(conference.id());
        List<Introduction> present = board.introductions();
        List<AttendanceEntry> absent = board.absentLeaders().stream().filter(e -> !e.declined()).toList(); // still expected
        count.setText(getTranslation("intro.count", present.size(), present.size() + absent.size()));
        asOf.setText(AttendanceView.SECONDS.format(Times.local(board.summary().at())));
        introductions.show(present, board.othersPresent());
        waiting.setText(absent.isEmpty() ? "" : getTranslation("intro.waiting",
                absent.stream().map(AttendanceEntry::fullName).collect(Collectors.joining(", "))));
        waiting.setVisible(!absent.isEmpty());
    }
}
