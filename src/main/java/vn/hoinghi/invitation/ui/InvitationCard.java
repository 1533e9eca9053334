package vn.hoinghi.invitation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.hoinghi.base.Times;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.invitation.RsvpInvitation;

/** The invitation itself: conference, addressee, time, place and seat. */
class InvitationCard extends Div {

    InvitationCard(RsvpInvitation invitation) {
        addClassName("hn-rsvp-invitation");
        Delegate d = invitation.delegate();
        var c = invitation.conference();

        add(line("hn-rsvp-organizer", c.organizer()), line("hn-rsvp-kicker", getTranslation("rsvp.kicker")));
        H1 title = new H1(c.title());
        title.addClassName("hn-rsvp-title");
        add(title);

        Paragraph dear = new Paragraph(getTranslation("rsvp.dear") + " " + honorific(this, d) + " ");
        dear.add(new Span(d.fullName()));
        dear.addClassName("hn-rsvp-dear");
        add(dear);
        String role = Stream.of(d.title(), d.unitName()).filter(Objects::nonNull).distinct()
                .collect(Collectors.joining(", "));
        if (!role.isEmpty()) {
            add(line("hn-rsvp-role", role));
        }

        Div facts = new Div();
        facts.addClassName("hn-rsvp-facts");
        fact(facts, VaadinIcon.CLOCK, "rsvp.when", when(this, c.startsAt()));
        fact(facts, VaadinIcon.MAP_MARKER, d.atHall() ? "rsvp.venue" : "rsvp.point", invitation.place());
        if (d.seat() != null) {
            fact(facts, VaadinIcon.TICKET, "rsvp.seat",
                    getTranslation("rsvp.seatValue", d.seatRow(), String.valueOf(d.seatNumber())));
        }
        add(facts);
    }

    /** "07 giờ 30, thứ Sáu, ngày 29/10/2021" — in Vietnam's time zone, as invitations write it. */
    static String when(Component c, Instant startsAt) {
        LocalDateTime t = Times.local(startsAt);
        return c.getTranslation("rsvp.time", String.format("%02d", t.getHour()), String.format("%02d", t.getMinute()),
                c.getTranslation("weekday." + t.getDayOfWeek()), Times.DATE.format(t));
    }

    /** "Ông", "Bà", or "Ông/Bà" when the list does not say. */
    static String honorific(Component c, Delegate d) {
        return c.getTranslation("honorific." + (d.gender() == null ? "none" : d.gender().name()));
    }

    private static Paragraph line(String className, String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName(className);
        return p;
    }

    private void fact(Div facts, VaadinIcon icon, String key, String value) {
        if (value == null) {
            return;
        }
        Span label = new Span(icon.create(), new Span(getTranslation(key)));
        label.addClassName("hn-rsvp-fact-label");
        Span text = new Span(value);
        text.addClassName("hn-rsvp-fact-value");
        facts.add(label, text);
    }
}
