package vn.hoinghi.gate.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.hoinghi.delegate.Delegate;

/** The pieces the health panel is made of: its headline, the person asked (or their substitute), a line of text. */
final class HealthParts {

    private HealthParts() {
    }

    static Div headline(VaadinIcon icon, String text) {
        Div head = new Div(icon.create(), new Span(text));
        head.addClassName("hn-gate-headline");
        return head;
    }

    static Div person(Delegate d) {
        String name = d.hasSubstitute() ? d.substituteName() : d.fullName();
        String honorific = d.hasSubstitute() || d.honorificOnPage().isEmpty() ? "" : d.honorificOnPage() + " ";
        Div who = new Div(new Span(honorific + name));
        who.addClassName("hn-health-person");
        String detail = d.hasSubstitute() ? d.substituteTitle() : d.title() == null ? d.unitName()
                : d.unitName() == null ? d.title() : d.title() + " – " + d.unitName();
        if (detail != null) {
            Span small = new Span(detail);
            small.addClassName("hn-health-detail");
            who.add(small);
        }
        return who;
    }

    static Div note(String text) {
        Div note = new Div(text);
        note.addClassName("hn-health-note");
        return note;
    }
}
