package vn.hoinghi.agenda.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import vn.hoinghi.agenda.AgendaLive;
import vn.hoinghi.agenda.AgendaLiveService;
import vn.hoinghi.agenda.AgendaSlot;
import vn.hoinghi.agenda.SourceCue;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ui.LiveUpdates;
import vn.hoinghi.base.ui.Polling;
import vn.hoinghi.base.ui.ScreenPart;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.floor.FloorBoard;
import vn.hoinghi.floor.FloorBoardService;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.point.PointNames;
import vn.hoinghi.point.PointSummary;
import vn.hoinghi.point.PointWall;
import vn.hoinghi.point.PointWallService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.ScreenKind;

/**
 * The technicians' view at the mixing desk: which source is live now (the hall or which point) and which comes
 * next, a "switch source" warning when they differ, the sources of the items after that, and the points in trouble
 * ({@link TroubledPoints}).
 */
@Route(value = ConferencePath.ROUTE + "/screen/technician", autoLayout = false)
@RolesAllowed({AppRoles.ADMIN, AppRoles.STAFF, AppRoles.MC, AppRoles.SCREEN})
@StyleSheet("themes/hoinghi/live.css")
@StyleSheet("themes/hoinghi/wall.css")
class TechnicianView extends Div implements BeforeEnterObserver, TranslatedTitle {

    @Override
    public String titleKey() {
        return "screens.kind.TECHNICIAN";
    }


    private static final int UPCOMING = 6;

    private final AgendaLiveService service;
    private final ConferenceService conferences;
    private final PointWallService points;
    private Conference conference;

    private final Span conferenceTitle = new Span();
    private final LiveTimer remaining = new LiveTimer(true, "hn-tech-remaining");
    private final SourcePanel now = new SourcePanel("hn-tech-now");
    private final SourcePanel next = new SourcePanel("hn-tech-next");
    private final Div upcoming = new Div();
    private final TroubledPoints troubled = new TroubledPoints();
    private final FloorBoardService floor;
    private final FloorQueueList floorQueue = new FloorQueueList();

    TechnicianView(AgendaLiveService service, ConferenceService conferences, PointWallService points, LiveHub hub,
                   FloorBoardService floor, ObjectProvider<ScreenPart> parts) {
        this.service = service;
        this.floor = floor;
        this.conferences = conferences;
        this.points = points;
        addClassNames("hn-live", "hn-tech");
        conferenceTitle.addClassName("hn-tech-conference");
        upcoming.addClassName("hn-tech-upcoming");
        Div top = new Div(conferenceTitle, remaining);
        top.addClassName("hn-tech-top");
        Div panels = new Div(now, next);
        panels.addClassName("hn-tech-panels");
        parts.orderedStream().forEach(p -> add(p.create(ScreenPart.Screen.TECHNICIANS,
                () -> conference == null ? null : conference.id())));
        add(top, panels, floorQueue, upcoming, troubled);
        LiveUpdates.follow(this, hub, () -> conference == null ? null : conference.id(),
                Set.of(LiveTopic.AGENDA, LiveTopic.POINTS, LiveTopic.SCREENS, LiveTopic.FLOOR), ScreenGuard.guarded(this::refresh));
        Polling.every(this, PointWall.SILENCE_CHECK_MILLIS, ScreenGuard.guarded(() -> {
            if (conference != null) {
                refresh();
            }
        }));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        conference = ScreenGuard.conference(event, ScreenKind.TECHNICIAN, conferences);
        if (conference == null) {
            return;
        }
        conferenceTitle.setText(conference.title());
        refresh();
    }

    private void refresh() {
        AgendaLive live = service.live(conference.id());
        PointWall pointWall = points.wall(conference.id());
        Map<Long, PointSummary> wall = pointWall.points().stream()
                .collect(Collectors.toMap(p -> p.point().id(), p -> p.summary()));
        AgendaSlot current = live.current();
        AgendaSlot following = live.next();
        conferenceTitle.setText(live.conferenceTitle());
        FloorBoard floorBoard = floor.board(conference.id());
        SourceCue cue = SourceCue.of(current, following, floorBoard.speaking());
        boolean floorTaken = floorBoard.speaking() != null;
        now.show(getTranslation("tech.now"), cue.now(), floorTaken ? null : current, wall, cue.switchNow());
        next.show(getTranslation("tech.next"), cue.next(), floorTaken && current != null ? current : following, wall,
                cue.switchNext());
        floorQueue.show(floorBoard);
        remaining.setVisible(current != null);
        if (current != null) {
            remaining.show(live.remaining(), live.state().running());
        }
        upcoming.removeAll();
        List<AgendaSlot> slots = live.agenda().slots();
        int from = following == null ? slots.size() : slots.indexOf(following) + 1;
        slots.stream().skip(from).limit(UPCOMING).forEach(slot -> upcoming.add(row(slot)));
        troubled.show(pointWall);
    }

    private Div row(AgendaSlot slot) {
        Span time = new Span(slot.start() == null ? "" : Times.local(slot.start()).format(Times.TIME));
        Span source = new Span(sourceName(slot));
        source.addClassName(slot.item().remote() ? "hn-tech-remote" : "hn-tech-hall");
        Div row = new Div(time, source, new Span(slot.item().title()));
        row.addClassName("hn-tech-row");
        return row;
    }

    private String sourceName(AgendaSlot slot) {
        return slot.item().remote() ? getTranslation("tech.point", PointNames.spoken(slot.item().pointName())) : getTranslation("tech.hall");
    }

    private String sourceName(SourceCue.Source source) {
        return source.remote() ? getTranslation("tech.point", PointNames.spoken(source.pointName())) : getTranslation("tech.hall");
    }

    /** "Now" or "next": the source in large type, the item under it, and that point's link state. */
    private final class SourcePanel extends Div {
        private final Span heading = new Span();
        private final Span source = new Span();
        private final Span item = new Span();
        private final Span state = new Span();
        private final Span change = new Span();

        SourcePanel(String className) {
            addClassNames("hn-tech-panel", className);
            heading.addClassName("hn-tech-heading");
            source.addClassName("hn-tech-source");
            item.addClassName("hn-tech-item");
            state.addClassName("hn-tech-state");
            change.addClassName("hn-tech-change");
            add(heading, change, source, item, state);
        }

        /** {@code slot}: the item the source plays; null while a speaker has the floor, who is shown instead. */
        void show(String title, SourceCue.Source cue, AgendaSlot slot, Map<Long, PointSummary> wall, boolean switchSource) {
            heading.setText(title);
            boolean floor = cue != null && cue.floor();
            change.setText(floor ? FloorQueueList.switchTo(this, cue.speaker()) : getTranslation("tech.switch"));
            change.setVisible(switchSource);
            getElement().getClassList().set("hn-tech-floor", floor);
            source.setText(cue == null ? "—" : sourceName(cue));
            item.setText(floor ? FloorQueueList.speakerLine(cue.speaker()) : slot == null ? ""
                    : slot.item().title() + (slot.item().presenterLine() == null ? "" : " — " + slot.item().presenterLine()));
            PointSummary point = cue == null || !cue.remote() ? null : wall.get(cue.pointId());
            state.setVisible(point != null);
            state.getElement().setAttribute("class", "hn-tech-state"
                    + (point == null ? "" : " hn-status-" + point.state().status()));
            state.setText(point == null ? "" : getTranslation("point.status." + point.state().status()));
        }
    }
}
