package vn.hoinghi.rehearsal.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.HashSet;
import java.util.Set;
import vn.hoinghi.rehearsal.RehearsalCluster;
import vn.hoinghi.rehearsal.RehearsalItem;
import vn.hoinghi.rehearsal.RehearsalProgress;
import vn.hoinghi.rehearsal.RehearsalTick;
import vn.hoinghi.rehearsal.RehearsedPoint;

/**
 * The rehearsal by cluster on the committee's page: a line per cluster with its counts, opening to its points, each
 * with its state, when it was ready, and each item's tick time or what failed. A cluster stays open across updates.
 */
class RehearsalTable extends Div {

    private final Set<String> opened = new HashSet<>();

    RehearsalTable() {
        addClassName("hn-reh-table");
    }

    void show(RehearsalProgress progress) {
        removeAll();
        for (RehearsalCluster cluster : progress.clusters()) {
            Details details = new Details(summary(cluster), points(cluster));
            details.setOpened(opened.contains(cluster.key()) || progress.clusters().size() == 1);
            details.addOpenedChangeListener(e -> {
                if (e.isOpened()) {
                    opened.add(cluster.key());
                } else {
                    opened.remove(cluster.key());
                }
            });
            details.addClassName("hn-reh-cluster");
            details.getElement().setAttribute("data-cluster", cluster.key());
            add(details);
        }
    }

    private Div summary(RehearsalCluster cluster) {
        Span name = new Span(cluster.cluster() == null ? getTranslation("wall.noCluster") : cluster.cluster());
        name.addClassName("hn-reh-cluster-name");
        Span counts = new Span(getTranslation("rehearsal.clusterCounts", cluster.counts().ready(),
                cluster.counts().partly(), cluster.counts().failed(), cluster.counts().notReported(),
                cluster.counts().points()));
        counts.addClassName("hn-reh-cluster-counts");
        Div summary = new Div(name, counts);
        summary.addClassName("hn-reh-cluster-summary");
        summary.setClassName("hn-reh-FAILED", cluster.counts().failed() > 0);
        return summary;
    }

    private Div points(RehearsalCluster cluster) {
        Div rows = new Div();
        rows.addClassName("hn-reh-points");
        Div head = new Div(cell(getTranslation("rehearsal.column.point")), cell(getTranslation("rehearsal.column.state")),
                cell(getTranslation("rehearsal.column.readyAt")));
        for (RehearsalItem item : RehearsalItem.values()) {
            head.add(cell(getTranslation("rehearsal.item." + item)));
        }
        head.addClassNames("hn-reh-point", "hn-reh-point-head");
        rows.add(head);
        for (RehearsedPoint p : cluster.points()) {
            Span state = cell(getTranslation("rehearsal.state." + p.state()));
            RehearsalLook.mark(state, p.state());
            state.addClassName("hn-reh-badge");
            Div row = new Div(cell(p.point().name()), state, cell(RehearsalLook.time(p.rehearsal().readyAt())));
            for (RehearsalItem item : RehearsalItem.values()) {
                row.add(tick(p.tick(item)));
            }
            row.addClassName("hn-reh-point");
            row.getElement().setAttribute("data-point", p.point().name());
            rows.add(row);
        }
        return rows;
    }

    private Span tick(RehearsalTick tick) {
        if (tick == null) {
            return cell("–");
        }
        Span cell = cell(tick.ok() ? RehearsalLook.time(tick.at())
                : getTranslation("rehearsal.failedNote", tick.note() == null ? "" : tick.note()));
        cell.setClassName("hn-reh-tick-failed", !tick.ok());
        cell.getElement().setAttribute("title", tick.by() == null ? "" : tick.by());
        return cell;
    }

    private static Span cell(String text) {
        Span cell = new Span(text);
        cell.addClassName("hn-reh-cell");
        return cell;
    }
}
