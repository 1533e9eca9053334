package vn.hoinghi.agenda.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import vn.hoinghi.base.Times;
import vn.hoinghi.point.PointWall;
import vn.hoinghi.point.WallPoint;

/**
 * The technicians' compact list, readable on a phone: the points in trouble, worst first — name, cluster, state,
 * since when, the point's technician with a phone link — then one line counting the rest by state.
 */
class TroubledPoints extends Div {

    private final Span heading = new Span();
    private final Div list = new Div();
    private final Span rest = new Span();

    TroubledPoints() {
        addClassName("hn-tech-trouble");
        heading.addClassName("hn-tech-heading");
        list.addClassName("hn-tech-trouble-list");
        rest.addClassName("hn-tech-rest");
        add(heading, list, rest);
    }

    void show(PointWall wall) {
        List<WallPoint> troubled = wall.troubled().stream().filter(p -> !p.point().hall()).toList();
        heading.setText(getTranslation("tech.trouble") + " (" + troubled.size() + ")");
        list.removeAll();
        troubled.forEach(p -> list.add(row(p)));
        if (troubled.isEmpty()) {
            list.add(new Span(getTranslation("tech.noTrouble")));
        }
        List<WallPoint> others = wall.points().stream().filter(p -> !p.point().hall() && !p.troubled()).toList();
        String byState = others.stream().collect(Collectors.groupingBy(WallPoint::status, java.util.TreeMap::new,
                        Collectors.counting()))
                .entrySet().stream().map(e -> getTranslation("point.status." + e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(" · "));
        rest.setText(getTranslation("tech.rest", others.size(), byState));
        rest.setVisible(!others.isEmpty());
    }

    private Div row(WallPoint p) {
        Span name = new Span(p.point().name());
        name.addClassName("hn-tech-trouble-name");
        Span cluster = new Span(p.point().cluster() == null ? "" : p.point().cluster());
        cluster.addClassName("hn-tech-trouble-cluster");
        Span state = new Span(stateText(p));
        state.addClassNames("hn-tech-trouble-state", "hn-status-" + p.status());
        if (p.silent() && !p.status().alarming()) {
            state.addClassName("hn-wall-silent"); // the wall's colour for silence
        }
        Div row = new Div(name, cluster, state);
        if (p.point().technicianPhone() != null) {
            String who = p.point().technician() == null ? "" : p.point().technician() + " ";
            Anchor call = new Anchor("tel:" + p.point().technicianPhone(), who + p.point().technicianPhone());
            call.addClassName("hn-tech-call");
            row.add(call);
        }
        row.addClassName("hn-tech-trouble-row");
        row.getElement().setAttribute("data-point", p.point().name());
        return row;
    }

    /** "Mất kết nối từ 08:12", or for a quiet point with a good link "Im lặng từ 08:12". */
    private String stateText(WallPoint p) {
        boolean quiet = p.silent() && !p.status().alarming();
        Instant since = quiet ? p.summary().state().lastReportAt() : p.summary().state().changedAt();
        String state = quiet ? getTranslation("wall.silent") : getTranslation("point.status." + p.status());
        if (since == null) {
            return quiet ? getTranslation("wall.neverReported") : state;
        }
        return state + " " + getTranslation("tech.since", Times.TIME.format(Times.local(since)));
    }
}
