package vn.hoinghi.point.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ui.ConferencePage;
import vn.hoinghi.base.ui.LiveUpdates;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.point.ConnectionStatus;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.point.PointSummary;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.CurrentUser;

/**
 * Every point at a glance on the morning: a tile per point coloured by its connection state, when and by whom
 * it was last reported, and who is there against who is expected. Points in trouble come first. Updates live.
 */
@Route(ConferencePath.ROUTE + "/point-status")
@Menu(title = "nav.pointStatus", order = 220, icon = "vaadin:signal")
@RolesAllowed({AppRoles.ADMIN, AppRoles.STAFF, AppRoles.MC})
class StatusWallView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final PointDayService pointDay;
    private final ConferenceService conferences;
    private final Span totals = new Span();
    private final Div tiles = new Div();
    private Conference conference;

    StatusWallView(PointDayService pointDay, ConferenceService conferences, LiveHub hub) {
        this.pointDay = pointDay;
        this.conferences = conferences;
        addClassName("hn-wall");
        tiles.addClassName("hn-wall-tiles");
        totals.addClassName("hn-wall-totals");
        Div head = new Div(new H2(getTranslation("nav.pointStatus")), totals);
        head.addClassName("hn-wall-head");
        add(head, tiles);
        LiveUpdates.follow(this, hub, () -> conference == null ? null : conference.id(), Set.of(LiveTopic.ATTENDANCE, LiveTopic.POINTS),
                this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        conference = ConferencePage.enter(event, conferences::open).orElse(null);
        if (conference == null) {
            return;
        }
        refresh();
    }

    private void refresh() {
        List<PointSummary> wall = pointDay.wall(conference.id()).stream()
                .sorted(java.util.Comparator.comparing((PointSummary s) -> !s.state().status().alarming())).toList();
        tiles.removeAll();
        wall.forEach(s -> tiles.add(tile(s)));
        long live = wall.stream().filter(s -> s.state().status() == ConnectionStatus.LIVE_OK).count();
        long trouble = wall.stream().filter(s -> s.state().status().alarming()).count();
        int present = wall.stream().mapToInt(PointSummary::present).sum();
        int expected = wall.stream().mapToInt(PointSummary::expectedPeople).sum();
        totals.setText(getTranslation("wall.totals", live, wall.size(), trouble, present, expected));
    }

    private Div tile(PointSummary s) {
        ConnectionStatus status = s.state().status();
        Span name = new Span(s.point().name());
        name.addClassName("hn-wall-name");
        Span state = new Span(getTranslation("point.status." + status));
        state.addClassName("hn-wall-state");
        Span when = new Span(s.state().changedAt() == null ? getTranslation("desk.status.never")
                : getTranslation("desk.status.changed", Times.TIME.format(Times.local(s.state().changedAt())),
                s.state().changedBy()));
        when.addClassName("hn-wall-when");
        Span people = new Span(getTranslation("wall.people", s.present(), s.expectedPeople(), s.checkedIn()));
        people.addClassName("hn-wall-people");
        Div tile = new Div(name, state, people, when);
        if (s.point().technician() != null || s.point().technicianPhone() != null) {
            tile.add(technician(s));
        }
        if (CurrentUser.hasRole(AppRoles.ADMIN) || CurrentUser.hasRole(AppRoles.STAFF)) {
            Anchor desk = new Anchor(ConferencePath.of(conference.id(), "point-desk") + "?point=" + s.point().id(), getTranslation("wall.openDesk"));
            desk.addClassName("hn-wall-desk");
            tile.add(desk);
        }
        tile.addClassNames("hn-wall-tile", "hn-status-" + status);
        tile.getElement().setAttribute("data-point", s.point().name());
        return tile;
    }

    private Div technician(PointSummary s) {
        Div who = new Div();
        who.addClassName("hn-wall-tech");
        if (s.point().technician() != null) {
            who.add(new Span(s.point().technician() + " "));
        }
        if (s.point().technicianPhone() != null) {
            who.add(new Anchor("tel:" + s.point().technicianPhone(), s.point().technicianPhone()));
        }
        return who;
    }
}
