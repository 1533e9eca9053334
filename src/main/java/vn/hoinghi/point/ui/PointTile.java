package vn.hoinghi.point.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.Times;
import vn.hoinghi.point.PointState;
import vn.hoinghi.point.WallPoint;

/**
 * A point's compact tile in an opened cluster row: its name, state (and silence), people present against expected,
 * who reported last and when, its technician's phone, and for the committee a link to its desk.
 */
class PointTile extends Div {

    PointTile(WallPoint p, Long deskOfConference) {
        PointState state = p.summary().state();
        Span name = new Span(p.point().name());
        name.addClassName("hn-wall-name");
        Span status = new Span(getTranslation("point.status." + p.status()));
        status.addClassName("hn-wall-state");
        Span people = new Span(getTranslation("wall.people", p.summary().present(), p.summary().expectedPeople(),
                p.summary().checkedIn()));
        people.addClassName("hn-wall-people");
        Span when = new Span(state.changedAt() == null ? getTranslation("desk.status.never")
                : getTranslation("desk.status.changed", time(state.changedAt()), state.changedBy()));
        when.addClassName("hn-wall-when");
        add(name, status);
        if (p.silent()) {
            Span silence = new Span(state.lastReportAt() == null ? getTranslation("wall.neverReported")
                    : getTranslation("wall.silentSince", time(state.lastReportAt())));
            silence.addClassName("hn-wall-silence");
            add(silence);
            addClassName(WallColumns.SILENT);
        }
        add(people);
        if (state.changedAt() != null || !p.silent()) {
            add(when);
        }
        if (p.point().technician() != null || p.point().technicianPhone() != null) {
            add(technician(p));
        }
        if (deskOfConference != null) {
            Anchor desk = new Anchor(ConferencePath.of(deskOfConference, "point-desk") + "?point=" + p.point().id(),
                    getTranslation("wall.openDesk"));
            desk.addClassName("hn-wall-desk");
            add(desk);
        }
        addClassNames("hn-wall-tile", "hn-status-" + p.status());
        getElement().setAttribute("data-point", p.point().name());
    }

    static String time(java.time.Instant at) {
        return Times.TIME.format(Times.local(at));
    }

    private static Div technician(WallPoint p) {
        Div who = new Div();
        who.addClassName("hn-wall-tech");
        if (p.point().technician() != null) {
            who.add(new Span(p.point().technician() + " "));
        }
        if (p.point().technicianPhone() != null) {
            who.add(new Anchor("tel:" + p.point().technicianPhone(), p.point().technicianPhone()));
        }
        return who;
    }
}
