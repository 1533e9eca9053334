package vn.hoinghi.rehearsal.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import vn.hoinghi.base.ui.LiveUpdates;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.rehearsal.RehearsalCluster;
import vn.hoinghi.rehearsal.RehearsalCounts;
import vn.hoinghi.rehearsal.RehearsalProgress;
import vn.hoinghi.rehearsal.RehearsalProgressService;
import vn.hoinghi.rehearsal.RehearsalState;

/**
 * The status wall in rehearsal mode ({@code ?view=rehearsal}, see {@link RehearsalWallMode}): a band with the ready /
 * partly / failed / not reported totals, then a row per cluster with its counts, the clusters with a failure first,
 * opening to its points' tiles coloured by their rehearsal state.
 */
@StyleSheet("themes/hoinghi/rehearsal.css")
class RehearsalWall extends Div {

    private final RehearsalProgressService progress;
    private final Div totals = new Div();
    private final Div rows = new Div();
    private final Set<String> opened = new HashSet<>();
    private final Map<String, RehearsalWallRow> rowViews = new HashMap<>();
    private final long conferenceId;

    RehearsalWall(RehearsalProgressService progress, LiveHub hub, long conferenceId) {
        this.progress = progress;
        this.conferenceId = conferenceId;
        addClassName("hn-reh-wall");
        Div title = new Div(new H2(getTranslation("rehearsal.wall.title")));
        title.addClassName("hn-wall-title");
        totals.addClassName("hn-wall-totals");
        Div band = new Div(title, totals);
        band.addClassNames("hn-wall-band", "hn-wall-grid");
        rows.addClassName("hn-wall-rows");
        add(band, rows);
        LiveUpdates.follow(this, hub, () -> conferenceId, Set.of(LiveTopic.REHEARSAL, LiveTopic.POINTS),
                this::refresh);
        refresh();
    }

    private void toggleRow(String key) {
        if (!opened.remove(key)) {
            opened.add(key);
        }
        refresh();
    }

    private void refresh() {
        RehearsalProgress now = progress.progress(conferenceId);
        showTotals(now.totals());
        boolean alone = now.clusters().size() == 1;
        rows.removeAll();
        rowViews.keySet().retainAll(now.clusters().stream().map(RehearsalCluster::key).toList());
        for (RehearsalCluster cluster : now.clusters()) {
            RehearsalWallRow row = rowViews.computeIfAbsent(cluster.key(),
                    k -> new RehearsalWallRow(k, () -> toggleRow(k)));
            row.show(cluster, alone || opened.contains(cluster.key()));
            rows.add(row);
        }
    }

    private void showTotals(RehearsalCounts counts) {
        totals.removeAll();
        for (RehearsalState state : RehearsalState.values()) {
            Span label = new Span(getTranslation("rehearsal.state." + state));
            label.addClassName("hn-wall-label");
            Span number = RehearsalWallRow.count(counts.count(state), state, "hn-wall-number");
            Div cell = new Div(label, number);
            cell.addClassName("hn-wall-total");
            cell.getElement().setAttribute("data-state", state.name());
            totals.add(cell);
        }
        Span label = new Span(getTranslation("rehearsal.wall.points"));
        label.addClassName("hn-wall-label");
        Span all = new Span(Integer.toString(counts.points()));
        all.addClassName("hn-wall-total-people");
        Div cell = new Div(label, all);
        cell.addClassName("hn-wall-total");
        totals.add(cell);
    }
}
