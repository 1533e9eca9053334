package vn.hoinghi.invitation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.HallRow;
import vn.hoinghi.invitation.DelegatePage;
import vn.hoinghi.point.PointContact;

/**
 * Where the delegate goes: in the hall, the seat and a small plan of the rows with theirs marked (the stage at the
 * top); at a remote point, its name, room and the technician to call.
 */
class WhereToGo extends Div {

    /** Rows wider than this are drawn as a bar with the seat's place along it, not seat by seat. */
    static final int MAX_DRAWN_SEATS = 40;
    private static final String SEAT = "\u00B7";
    private static final String MARK = "\u25CF";

    WhereToGo(DelegatePage page) {
        addClassNames("hn-dp-section", "hn-dp-where");
        add(new H2(getTranslation("delegatePage.where.title")));
        Delegate d = page.invitation().delegate();
        if (page.pass().atHall()) {
            hall(page.invitation().place(), d, page.hallRows());
        } else if (page.point() != null) {
            point(page.point());
        }
    }

    private void hall(String venue, Delegate d, List<HallRow> rows) {
        if (venue != null) {
            add(line("hn-dp-where-place", venue));
        }
        if (d.seatRow() == null) {
            add(line("hn-dp-help", getTranslation("delegatePage.where.noSeat")));
            return;
        }
        Paragraph seat = new Paragraph(getTranslation("rsvp.seatValue", d.seatRow(), String.valueOf(d.seatNumber())));
        seat.addClassName("hn-dp-seat");
        add(seat);
        if (!rows.isEmpty()) {
            add(plan(rows, d.seatRow(), d.seatNumber()));
        }
    }

    private Div plan(List<HallRow> rows, String seatRow, int seatNumber) {
        Div plan = new Div();
        plan.addClassName("hn-dp-plan");
        plan.getElement().setAttribute("aria-hidden", "true");
        Div stage = new Div(getTranslation("delegatePage.where.stage"));
        stage.addClassName("hn-dp-plan-stage");
        plan.add(stage);
        for (HallRow row : rows) {
            Div line = new Div();
            line.addClassName("hn-dp-plan-row");
            Span label = new Span(row.label());
            label.addClassName("hn-dp-plan-label");
            line.add(label);
            boolean mine = row.label().equals(seatRow);
            if (mine) {
                line.addClassName("hn-dp-plan-row--mine");
            }
            int drawn = Math.min(row.seatCount(), MAX_DRAWN_SEATS);
            // one dot per seat; a wider row is scaled, the delegate's seat at its proportional place
            int marked = mine ? (int) Math.min(drawn, Math.max(1, Math.round((double) seatNumber * drawn / row.seatCount()))) : -1;
            Div seats = new Div();
            seats.addClassName("hn-dp-plan-seats");
            if (marked < 0) {
                seats.setText(SEAT.repeat(drawn));
            } else {
                Span seat = new Span(MARK);
                seat.addClassName("hn-dp-plan-mark");
                seats.add(new Span(SEAT.repeat(marked - 1)), seat, new Span(SEAT.repeat(drawn - marked)));
            }
            line.add(seats);
            plan.add(line);
        }
        return plan;
    }

    private void point(PointContact point) {
        add(line("hn-dp-where-place", point.name()));
        if (point.room() != null) {
            add(line("hn-dp-where-room", point.room()));
        }
        if (point.technicianPhone() != null) {
            Paragraph call = new Paragraph(getTranslation("delegatePage.where.technician",
                    point.technician() == null ? "" : point.technician()) + " ");
            Anchor phone = new Anchor("tel:" + point.technicianPhone(), point.technicianPhone());
            phone.addClassName("hn-dp-tel");
            call.add(phone);
            add(call);
        }
    }

    private static Paragraph line(String className, String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName(className);
        return p;
    }
}
