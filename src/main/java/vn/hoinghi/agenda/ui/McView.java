package vn.hoinghi.agenda.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import java.util.function.LongFunction;
import vn.hoinghi.agenda.AgendaLive;
import vn.hoinghi.agenda.AgendaLiveService;
import vn.hoinghi.agenda.AgendaSlot;
import vn.hoinghi.award.CeremonyLiveService;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.ui.ConferencePage;
import vn.hoinghi.base.ui.LiveUpdates;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.attendance.AttendanceService;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.floor.FloorBoardService;
import vn.hoinghi.floor.FloorService;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.point.PointNames;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.ScreenKind;

/**
 * The MC's control screen, without the app's frame: the item on now in large type with its clocks, the next
 * item, the MC's script, every control as a button, and the keys a presentation clicker sends (PageDown /
 * ArrowRight / Space / N: next; PageUp / ArrowLeft / B: back; P: pause).
 */
@Route(value = ConferencePath.ROUTE + "/mc", autoLayout = false)
@Menu(title = "nav.mc", order = 230, icon = "vaadin:play-circle")
@RolesAllowed({AppRoles.ADMIN, AppRoles.STAFF, AppRoles.MC})
@StyleSheet("themes/hoinghi/live.css")
@StyleSheet("themes/hoinghi/attendance.css")
@StyleSheet("themes/hoinghi/ceremony.css")
class McView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final AgendaLiveService service;
    private final ConferenceService conferences;
    private Conference conference;

    private final Span conferenceName = new Span();
    private final Span position = new Span();
    private final LatenessBadge late = new LatenessBadge();
    private final McNow now = new McNow();
    private final Paragraph nextItem = new Paragraph();
    private final Div script = new Div();
    private McControls controls;
    private StageMessageBar messages;
    private PresentLeaders leaders;
    private CeremonyBoard ceremony;
    private final AttendanceService attendance;
    private final CeremonyLiveService ceremonies;
    private final LiveHub hub;
    private final FloorService floor;
    private final FloorBoardService floorBoard;

    McView(AgendaLiveService service, ConferenceService conferences, AttendanceService attendance,
           CeremonyLiveService ceremonies, LiveHub hub, FloorService floor, FloorBoardService floorBoard) {
        this.service = service;
        this.floor = floor;
        this.floorBoard = floorBoard;
        this.attendance = attendance;
        this.ceremonies = ceremonies;
        this.hub = hub;
        this.conferences = conferences;
        addClassNames("hn-live", "hn-mc-live");
        LiveUpdates.follow(this, hub, () -> conference == null ? null : conference.id(), Set.of(LiveTopic.AGENDA),
                this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        conference = ConferencePage.enter(event, conferences::open).orElse(null);
        if (conference == null) {
            return;
        }
        removeAll();
        build();
        refresh();
    }

    private void build() {
        Span backLabel = new Span(getTranslation("live.back"));
        Anchor back = new Anchor(ConferencePath.of(conference.id(), "agenda"), VaadinIcon.ANGLE_LEFT.create(), backLabel);
        back.addClassName("hn-live-back");
        conferenceName.addClassName("hn-live-conference");
        position.addClassName("hn-mc-position");
        Anchor hall = new Anchor(ScreenKind.HALL.path(conference.id()), getTranslation("live.open.hall"));
        hall.setTarget("_blank");
        hall.addClassName("hn-mc-hall-link");
        Div bar = new Div(back, conferenceName, position, late, hall);
        bar.addClassName("hn-live-bar");

        controls = new McControls(service, this::act);
        Paragraph keys = new Paragraph(getTranslation("live.keys"));
        keys.addClassName("hn-mc-keys");

        messages = new StageMessageBar(service, this::act);

        Span nextLabel = new Span(getTranslation("live.next.item"));
        nextLabel.addClassName("hn-live-label");
        nextItem.addClassName("hn-mc-next-item");
        Div upcoming = new Div(nextLabel, nextItem);
        upcoming.addClassName("hn-mc-upcoming");
        Span scriptLabel = new Span(getTranslation("live.script"));
        scriptLabel.addClassName("hn-live-label");
        script.addClassName("hn-mc-script");
        Div scriptBox = new Div(scriptLabel, script);
        scriptBox.addClassName("hn-mc-script-box");

        leaders = new PresentLeaders(attendance, hub, conference.id());
        ceremony = new CeremonyBoard(ceremonies, hub, conference.id());
        add(bar, now, controls, keys, ceremony, messages, upcoming, scriptBox, leaders);
        addComponentAtIndex(indexOf(controls) + 1, new FloorMcPanel(floor, floorBoard, hub, conference.id()));
    }

    private void act(LongFunction<AgendaLive> op) {
        try {
            show(op.apply(conference.id()));
        } catch (ValidationException e) {
            Notifications.error(String.join(" ", e.fieldErrors().values()));
        }
    }

    /** A key from the browser: the clicker's or the keyboard's. */
    @ClientCallable
    void key(String key) {
        switch (key) {
            case "next" -> act(service::next);
            case "previous" -> act(service::previous);
            case "pause" -> act(service::pauseOrResume);
            default -> { }
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        ClickerKeys.listen(this);
    }

    private void refresh() {
        show(service.live(conference.id()));
    }

    private void show(AgendaLive live) {
        AgendaSlot current = live.current();
        int total = live.agenda().slots().size();
        getElement().getClassList().set("hn-live-paused", live.state().paused());
        conferenceName.setText(live.conferenceTitle());
        now.show(live, live.conferenceTitle());
        controls.show(live, ceremony.follow(current));
        if (current == null) {
            position.setText(total == 0 ? "" : getTranslation("live.position.none", total));
            late.clear();
            script.setText(live.next() == null ? "" : orDash(live.next().item().script()));
        } else {
            position.setText(getTranslation("live.position", live.currentIndex() + 1, total));
            late.show(live.lateBy(), current);
            script.setText(orDash(current.item().script()));
        }
        AgendaSlot upcoming = live.next();
        nextItem.setText(upcoming == null ? "—" : upcoming.item().position() + ". " + upcoming.item().title()
                + (upcoming.item().presenterLine() == null ? "" : " — " + upcoming.item().presenterLine())
                + (upcoming.item().remote() ? " (" + getTranslation("live.from.point", PointNames.spoken(upcoming.item().pointName())) + ")" : ""));
        messages.show(live.state().message());
        leaders.follow(current);
    }

    private static String orDash(String s) {
        return s == null ? "—" : s;
    }

    static String join(String a, String b) {
        if (a == null) {
            return b == null ? "" : b;
        }
        return b == null ? a : a + " · " + b;
    }
}
