package vn.hoinghi.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * A feature's lines in a conference's overview, after the plan's own facts (the award quotas, the gate's health
 * declaration), without the conference feature depending on it. Spring beans; each line is made with {@link #fact}.
 */
public interface OverviewFacts {

    /** Lower comes first among the features' lines. */
    int order();

    /** The lines this user sees for the conference (none is fine); {@code changed} redraws the overview. */
    List<Component> create(long conferenceId, Runnable changed);

    /** One line of facts: its label and its value (text, with any action after it). */
    static Component fact(String label, Component... value) {
        Span name = new Span(label);
        name.addClassName("hn-fact-label");
        Paragraph text = new Paragraph(value);
        text.addClassName("hn-fact-value");
        Div row = new Div(name, text);
        row.addClassName("hn-fact");
        return row;
    }
}
