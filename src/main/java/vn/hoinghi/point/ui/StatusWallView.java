package vn.hoinghi.point.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.ui.ConferencePage;
import vn.hoinghi.base.ui.LiveUpdates;
import vn.hoinghi.base.ui.Polling;
import vn.hoinghi.base.ui.ScreenPart;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.base.ui.WallMode;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.point.ClusterRow;
import vn.hoinghi.point.PointWall;
import vn.hoinghi.point.PointWallService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.CurrentUser;

/**
 * Every point at a glance on the day, at a hundred points or more: the totals by state on a band that stays in view,
 * then a row per cluster with its counts, the clusters in trouble first; a row opens to its points' tiles. "Only
 * trouble" opens every troubled cluster to its troubled points. Updates live, and every half minute for the silent.
 */
@Route(ConferencePath.ROUTE + "/point-status")
@Menu(title = "nav.pointStatus", order = 220, icon = "vaadin:signal")
@RolesAllowed({AppRoles.ADMIN, AppRoles.STAFF, AppRoles.MC})
@StyleSheet("themes/hoinghi/wall.css")
class StatusWallView extends Div implements BeforeEnterObserver, TranslatedTitle {

    /** The address's parameter for "only trouble". */
    static final String TROUBLE = "trouble";
    /** Fewer clusters do not make the rows taller than this many would (nor the type huge). */
    private static final int MIN_ROWS = 14;

    private final PointWallService walls;
    private final ConferenceService conferences;
    private final WallBand band = new WallBand(this::onlyTrouble);
    private final Div rows = new Div();
    private final Set<String> opened = new HashSet<>();
    private boolean onlyTrouble;
    /** The rows by cluster key, kept from one refresh to the next. */
    private final Map<String, ClusterRowView> rowViews = new HashMap<>();
    private List<String> order = List.of();
    private Conference conference;
    private final WallModes modes;

    StatusWallView(PointWallService walls, ConferenceService conferences, LiveHub hub, List<WallMode> wallModes,
                   ObjectProvider<ScreenPart> parts) {
        this.walls = walls;
        this.conferences = conferences;
        addClassName("hn-wall");
        rows.addClassName("hn-wall-rows");
        parts.orderedStream().forEach(p -> add(p.create(ScreenPart.Screen.STATUS_WALL,
                () -> conference == null ? null : conference.id())));
        add(band, rows);
        modes = new WallModes(wallModes);
        add(modes);
        LiveUpdates.follow(this, hub, () -> conference == null ? null : conference.id(),
                Set.of(LiveTopic.ATTENDANCE, LiveTopic.POINTS), this::refresh);
        Polling.every(this, PointWall.SILENCE_CHECK_MILLIS, this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Conference before = conference;
        conference = ConferencePage.enter(event, conferences::open).orElse(null);
        if (before != null && (conference == null || before.id() != conference.id())) {
            opened.clear();
        }
        if (conference != null) {
            onlyTrouble = event.getLocation().getQueryParameters().getSingleParameter(TROUBLE).isPresent();
            band.onlyTrouble(onlyTrouble);
            boolean otherMode = modes.show(this, conference.id(), event.getLocation().getQueryParameters());
            band.setVisible(!otherMode);
            rows.setVisible(!otherMode);
            refresh();
        }
    }

    /** Kept in the address, so that a projector's bookmark opens on the troubled points only. */
    private void onlyTrouble(boolean only) {
        onlyTrouble = only;
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(
                ConferencePath.of(conference.id(), "point-status"),
                only ? QueryParameters.of(TROUBLE, "1") : QueryParameters.empty())));
        refresh();
    }

    private void toggle(String cluster) {
        if (!opened.remove(cluster)) {
            opened.add(cluster);
        }
        refresh();
    }

    private void refresh() {
        if (conference == null) {
            return;
        }
        PointWall wall = walls.wall(conference.id());
        band.show(wall.totals());
        List<ClusterRow> shown = wall.clusters().stream().filter(r -> !onlyTrouble || r.troubled()).toList();
        getStyle().set("--hn-wall-rows", Integer.toString(Math.max(wall.clusters().size(), MIN_ROWS)));
        Long desks = CurrentUser.hasRole(AppRoles.ADMIN) || CurrentUser.hasRole(AppRoles.STAFF) ? conference.id()
                : null;
        boolean alone = wall.clusters().size() == 1; // no clusters at all: the one row stays open
        List<String> keys = shown.stream().map(ClusterRow::key).toList();
        rowViews.keySet().retainAll(keys);
        for (ClusterRow r : shown) {
            rowViews.computeIfAbsent(r.key(), k -> new ClusterRowView(k, () -> toggle(k)))
                    .show(r, alone || onlyTrouble || opened.contains(r.key()), onlyTrouble, desks);
        }
        if (!keys.equals(order) || shown.isEmpty()) {
            rows.removeAll();
            keys.forEach(k -> rows.add(rowViews.get(k)));
            order = keys;
        }
        if (shown.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("wall.noTrouble"));
            none.addClassName("hn-wall-none");
            rows.add(none);
        }
    }
}
