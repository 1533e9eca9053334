package vn.hoinghi.agenda.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import java.util.Set;
import vn.hoinghi.agenda.AgendaLive;
import vn.hoinghi.agenda.AgendaLiveService;
import vn.hoinghi.agenda.AgendaSlot;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ui.LiveUpdates;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.floor.FloorBoardService;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.point.PointNames;
import vn.hoinghi.point.PointSummary;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.ScreenKind;
import vn.hoinghi.security.ScreenLinkService;

/**
 * A remote point's screen: what is on in the whole conference, and a cue when this point's own item comes next
 * ("chuẩn bị") or is on ("đang phát từ điểm cầu này"), so the point's speaker and technician are ready in time.
 * A display opens its link's point; the committee and the MC pick one with {@code ?point=id}; a coordinator sees
 * their own.
 */
@Route(value = ConferencePath.ROUTE + "/screen/point", autoLayout = false)
@RolesAllowed({AppRoles.ADMIN, AppRoles.STAFF, AppRoles.MC, AppRoles.POINT, AppRoles.SCREEN})
@StyleSheet("themes/hoinghi/live.css")
class PointScreenView extends Div implements BeforeEnterObserver, TranslatedTitle {

    @Override
    public String titleKey() {
        return "screens.kind.POINT";
    }


    private final AgendaLiveService service;
    private final ConferenceService conferences;
    private final PointDayService points;
    private Conference conference;
    private MeetingPoint point;

    private final Span pointName = new Span();
    private final Div cue = new Div();
    private final Div message = new Div();
    private final LiveTimer remaining = new LiveTimer(true, "hn-hall-remaining");
    private final OnNow onNow = new OnNow(remaining);
    private final Paragraph next = new Paragraph();

    private final FloorBoardService floor;
    private final LiveHub hub;

    PointScreenView(AgendaLiveService service, ConferenceService conferences, PointDayService points, LiveHub hub,
                    FloorBoardService floor) {
        this.service = service;
        this.floor = floor;
        this.hub = hub;
        this.conferences = conferences;
        this.points = points;
        addClassNames("hn-live", "hn-hall", "hn-point-screen");
        pointName.addClassName("hn-point-name");
        cue.addClassName("hn-point-cue");
        message.addClassName("hn-hall-message");
        next.addClassName("hn-hall-next");
        LiveUpdates.follow(this, hub, () -> point == null ? null : conference.id(),
                Set.of(LiveTopic.AGENDA, LiveTopic.SCREENS), ScreenGuard.guarded(this::refresh));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        conference = ScreenGuard.conference(event, ScreenKind.POINT, conferences);
        if (conference == null) {
            return;
        }
        removeAll();
        Optional<Long> chosen = ScreenLinkService.current().map(pass -> pass.pointId())
                .or(() -> event.getLocation().getQueryParameters().getSingleParameter("point").flatMap(PointScreenView::id))
                .or(() -> CurrentUser.hasRole(AppRoles.POINT) ? points.myPoint(conference.id()).map(MeetingPoint::id) : Optional.empty());
        if (chosen.isEmpty()) {
            choose();
            return;
        }
        point = points.screenPoint(chosen.get()).point();
        if (point.conferenceId() != conference.id()) {
            choose();
            return;
        }
        pointName.setText(getTranslation("pointscreen.point", PointNames.spoken(point.name())));
        Div top = new Div(pointName, remaining);
        top.addClassName("hn-hall-top");
        add(top, cue, onNow, message, next);
        addComponentAtIndex(indexOf(cue) + 1, new FloorScreenLine(floor, hub, conference.id(), point.id()));
        refresh();
    }

    /** The committee or the MC without a point in the address: one link per remote point. */
    private void choose() {
        point = null;
        if (CurrentUser.hasRole(AppRoles.POINT)) {
            add(new H1(getTranslation("pointscreen.no.point")));
            return;
        }
        H1 heading = new H1(getTranslation("pointscreen.choose"));
        Div list = new Div();
        list.addClassName("hn-point-choice");
        points.wall(conference.id()).stream().map(PointSummary::point).filter(p -> !p.hall())
                .forEach(p -> list.add(new Anchor(ScreenKind.POINT.path(conference.id()) + "?point=" + p.id(), p.name())));
        add(heading, list);
    }

    private void refresh() {
        AgendaLive live = service.live(conference.id());
        AgendaSlot current = live.current();
        AgendaSlot upcoming = live.next();
        boolean onAir = current != null && ours(current);
        boolean cueNext = !onAir && upcoming != null && ours(upcoming);
        cue.setVisible(onAir || cueNext);
        cue.getElement().getClassList().set("hn-point-on-air", onAir);
        cue.getElement().getClassList().set("hn-point-get-ready", cueNext);
        if (onAir) {
            cue.setText(getTranslation("pointscreen.on.air"));
        } else if (cueNext) {
            cue.setText(getTranslation("pointscreen.get.ready", upcoming.item().title(),
                    upcoming.start() == null ? "" : Times.local(upcoming.start()).format(Times.TIME)));
        }
        onNow.show(live, live.conferenceTitle(), getTranslation("pointscreen.from.hall"));
        String text = live.state().message();
        message.setText(text == null ? "" : text);
        message.setVisible(text != null && onAir); // the stage message is for the speaker, who is here only when on air
        next.setText(upcoming == null || current == null ? "" : getTranslation("hall.next", upcoming.item().title()));
    }

    private boolean ours(AgendaSlot slot) {
        return slot.item().pointId() != null && slot.item().pointId() == point.id();
    }

    private static Optional<Long> id(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
