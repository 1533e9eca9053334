package vn.hoinghi.rehearsal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import vn.hoinghi.rehearsal.RehearsalCluster;
import vn.hoinghi.rehearsal.RehearsalItem;
import vn.hoinghi.rehearsal.RehearsalState;
import vn.hoinghi.rehearsal.RehearsalTick;
import vn.hoinghi.rehearsal.RehearsedPoint;

/**
 * A cluster on the wall in rehearsal mode: a row that is a button with the cluster's name and its counts by rehearsal
 * state; opened, its points' tiles coloured by their state, with when it was ready or what failed.
 */
class RehearsalWallRow extends Div {

    private final NativeButton head = new NativeButton();
    private final Div tiles = new Div();

    RehearsalWallRow(String key, Runnable toggle) {
        addClassName("hn-wall-cluster");
        getElement().setAttribute("data-cluster", key);
        head.addClassNames("hn-wall-row", "hn-wall-grid");
        head.addClickListener(e -> toggle.run());
        tiles.addClassName("hn-wall-tiles");
        add(head, tiles);
    }

    /** A count in a state's colour, faint when zero; a failure in a filled pill. */
    static Span count(int n, RehearsalState state, String className) {
        Span count = new Span(Integer.toString(n));
        count.addClassNames(className, "hn-reh-" + state);
        count.setClassName("hn-wall-zero", n == 0);
        count.setClassName("hn-wall-alarm", n > 0 && state == RehearsalState.FAILED);
        count.getElement().setAttribute("data-state", state.name());
        return count;
    }

    void show(RehearsalCluster cluster, boolean opened) {
        setClassName("hn-wall-troubled", cluster.counts().failed() > 0);
        Span name = new Span(cluster.cluster() == null ? getTranslation("wall.noCluster") : cluster.cluster());
        name.addClassName("hn-wall-cluster-name");
        Span size = new Span(getTranslation("wall.clusterPoints", cluster.counts().points()));
        size.addClassName("hn-wall-cluster-size");
        Div title = new Div(name, size);
        title.addClassName("hn-wall-cluster-title");
        head.removeAll();
        head.add(title);
        for (RehearsalState state : RehearsalState.values()) {
            head.add(count(cluster.counts().count(state), state, "hn-wall-count"));
        }
        head.getElement().setAttribute("aria-expanded", Boolean.toString(opened));
        tiles.removeAll();
        if (opened) {
            cluster.points().forEach(p -> tiles.add(tile(p)));
        }
    }

    private Div tile(RehearsedPoint p) {
        Span name = new Span(p.point().name());
        name.addClassName("hn-wall-name");
        Span state = new Span(getTranslation("rehearsal.state." + p.state()));
        state.addClassName("hn-wall-state");
        Div tile = new Div(name, state);
        if (p.state() == RehearsalState.READY) {
            tile.add(detail(getTranslation("rehearsal.wall.readyAt", RehearsalLook.time(p.rehearsal().readyAt()))));
        } else if (p.state() != RehearsalState.NOT_REPORTED) {
            tile.add(detail(getTranslation("rehearsal.wall.items", p.rehearsal().ticks().stream()
                    .filter(RehearsalTick::ok).count(), RehearsalItem.values().length)));
            p.rehearsal().ticks().stream().filter(t -> !t.ok()).forEach(t -> tile.add(detail(getTranslation(
                    "rehearsal.wall.failedItem", getTranslation("rehearsal.item." + t.item()),
                    t.note() == null ? "" : t.note()))));
        }
        tile.addClassNames("hn-wall-tile");
        RehearsalLook.mark(tile, p.state());
        tile.getElement().setAttribute("data-point", p.point().name());
        tile.getElement().setAttribute("data-state", p.state().name());
        return tile;
    }

    private static Span detail(String text) {
        Span detail = new Span(text);
        detail.addClassName("hn-wall-when");
        return detail;
    }
}
