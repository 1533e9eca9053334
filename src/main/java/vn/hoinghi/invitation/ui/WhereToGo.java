package vn.hoinghi.invitation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.springframework.web.util.HtmlUtils;
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

    /** The plan as one element (the stage, then a line of seats a row, the delegate's marked): light for 500 pages. */
    private Div plan(List<HallRow> rows, String seatRow, int seatNumber) {
        StringBuilder html = new StringBuilder(128 + rows.size() * 160);
        html.append("<div class=\"hn-dp-plan-stage\">").append(escape(getTranslation("delegatePage.where.stage")))
                .append("</div>");
        for (HallRow row : rows) {
            boolean mine = row.label().equals(seatRow);
            int drawn = Math.min(row.seatCount(), MAX_DRAWN_SEATS);
            // one dot per seat; a wider row is scaled, the delegate's seat at its proportional place
            int marked = mine ? (int) Math.min(drawn, Math.max(1, Math.round((double) seatNumber * drawn / row.seatCount()))) : -1;
            html.append("<div class=\"hn-dp-plan-row").append(mine ? " hn-dp-plan-row--mine" : "")
                    .append("\"><span class=\"hn-dp-plan-label\">").append(escape(row.label()))
                    .append("</span><span class=\"hn-dp-plan-seats\">");
            if (marked < 0) {
                html.append(SEAT.repeat(drawn));
            } else {
                html.append(SEAT.repeat(marked - 1)).append("<span class=\"hn-dp-plan-mark\">").append(MARK)
                        .append("</span>").append(SEAT.repeat(drawn - marked));
            }
            html.append("</span></div>");
        }
        Div plan = new Div();
        plan.addClassName("hn-dp-plan");
        plan.getElement().setAttribute("aria-hidden", "true");
        plan.getElement().setProperty("innerHTML", html.toString());
        return plan;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
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
