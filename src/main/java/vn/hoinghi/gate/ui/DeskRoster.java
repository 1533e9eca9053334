package vn.hoinghi.gate.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Consumer;
import vn.hoinghi.base.Times;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.InvitationStatus;

/**
 * The point's delegates, leaders first: ticking a name checks that person in. A tick cannot be taken back here;
 * the committee annuls a mistaken check-in.
 */
class DeskRoster extends Div {

    private final Consumer<Delegate> onTick;

    DeskRoster(Consumer<Delegate> onTick) {
        this.onTick = onTick;
        addClassName("hn-desk-roster");
    }

    void show(List<Delegate> delegates) {
        removeAll();
        if (delegates.isEmpty()) {
            add(new Span(getTranslation("desk.roster.empty")));
        }
        for (Delegate d : delegates) {
            add(row(d));
        }
    }

    private Div row(Delegate d) {
        boolean present = d.checkedInAt() != null;
        Checkbox tick = new Checkbox(present);
        tick.setReadOnly(present);
        tick.setAriaLabel(d.attendeeName());
        Div who = new Div(new Span(named(d)));
        who.addClassName("hn-desk-who");
        String detail = d.hasSubstitute() ? getTranslation("gate.match.substitute", d.fullName()) : d.title();
        if (detail != null) {
            Span small = new Span(detail);
            small.addClassName("hn-desk-detail");
            who.add(small);
        }
        Span state = new Span(present ? Times.TIME.format(Times.local(d.checkedInAt()))
                : d.invitationStatus() == InvitationStatus.DECLINED ? getTranslation("desk.roster.declined") : "");
        state.addClassName("hn-desk-when");
        Div row = new Div(tick, who, state);
        row.addClassName("hn-desk-row");
        row.setClassName("hn-desk-present", present);
        if (!present) {
            row.addClickListener(e -> onTick.accept(d)); // the whole row, box included, is the touch target
        }
        return row;
    }

    private static String named(Delegate d) {
        String name = d.attendeeName();
        return d.hasSubstitute() || d.honorificOnPage().isEmpty() ? name : d.honorificOnPage() + " " + name;
    }
}
