package vn.hoinghi.point.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import vn.hoinghi.point.ClusterRow;

/**
 * A cluster on the wall: a row that is a button (a click, Enter or Space opens and closes it) with the cluster's
 * name, its points' counts by state and its people; opened, its points' tiles, troubled first. The row is updated in
 * place, so a live refresh never swallows a click or moves the keyboard's focus.
 */
class ClusterRowView extends Div {

    private final NativeButton head = new NativeButton();
    private final Div tiles = new Div();

    ClusterRowView(String key, Runnable toggle) {
        addClassName("hn-wall-cluster");
        getElement().setAttribute("data-cluster", key);
        head.addClassNames("hn-wall-row", "hn-wall-grid");
        head.addClickListener(e -> toggle.run());
        tiles.addClassName("hn-wall-tiles");
        add(head, tiles);
    }

    /**
     * @param onlyTrouble show only the troubled points
     * @param deskOfConference the conference whose desks the tiles link to, null for no links
     */
    void show(ClusterRow row, boolean opened, boolean onlyTrouble, Long deskOfConference) {
        getElement().getClassList().set("hn-wall-troubled", row.troubled());
        Span name = new Span(row.cluster() == null ? getTranslation("wall.noCluster") : row.cluster());
        name.addClassName("hn-wall-cluster-name");
        Span size = new Span(getTranslation("wall.clusterPoints", row.counts().points()));
        size.addClassName("hn-wall-cluster-size");
        Div title = new Div(name, size);
        title.addClassName("hn-wall-cluster-title");
        head.removeAll();
        head.add(title);
        WallColumns.counts(row.counts(), "hn-wall-count").forEach(head::add);
        Span people = new Span(row.counts().present() + "/" + row.counts().expected());
        people.addClassName("hn-wall-row-people");
        head.add(people);
        head.getElement().setAttribute("aria-expanded", Boolean.toString(opened));
        tiles.removeAll();
        if (opened) {
            row.points().stream().filter(p -> !onlyTrouble || p.troubled())
                    .forEach(p -> tiles.add(new PointTile(p, deskOfConference)));
        }
    }
}
