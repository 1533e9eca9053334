package vn.hoinghi.conference.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import vn.hoinghi.base.Times;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;

/** Home page: the facts of the conference the user works in, as the plan states them. */
@Route("")
@PageTitle("HoiNghi")
@Menu(title = "nav.overview", order = 0, icon = "vaadin:home")
@PermitAll
class ConferenceOverviewView extends VerticalLayout implements BeforeEnterObserver {

    private final ConferenceService service;

    ConferenceOverviewView(ConferenceService service) {
        this.service = service;
        addClassName("hn-overview");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        service.current().ifPresentOrElse(this::show, () -> event.forwardTo("conferences"));
    }

    private void show(Conference c) {
        H1 title = new H1(c.title());
        title.addClassName("hn-conference-title");
        Div facts = new Div();
        facts.addClassName("hn-facts");
        fact(facts, "conference.organizer", c.organizer());
        fact(facts, "conference.planNumber", c.planNumber());
        fact(facts, "conference.province", c.province());
        fact(facts, "conference.when", Times.DATE_TIME.format(Times.local(c.startsAt())) + " – "
                + Times.TIME.format(Times.local(c.endsAt())) + " (" + hours(c) + ")");
        fact(facts, "conference.venue", c.venue());
        fact(facts, "conference.format", getTranslation("format." + c.format())
                + (c.formatNote() == null ? "" : ": " + c.formatNote()));
        fact(facts, "conference.expectedHallDelegates", String.valueOf(c.expectedHallDelegates()));
        fact(facts, "conference.signer", c.signerBlock() == null ? null
                : c.signerBlock() + (c.signerName() == null ? "" : " — " + c.signerName()));
        fact(facts, "conference.submissionDeadline", c.submissionDeadline() == null ? null
                : Times.DATE.format(c.submissionDeadline()) + (c.submissionEmail() == null ? "" : " — " + c.submissionEmail()));
        if (c.awardForm() != null) {
            fact(facts, "conference.quotas", getTranslation("conference.quotaText",
                    c.collectiveQuota(), c.individualQuota(), c.awardForm()));
        }
        add(title, facts);
    }

    private String hours(Conference c) {
        Duration d = Duration.between(c.startsAt(), c.endsAt());
        return getTranslation("conference.duration", d.toHours(), d.toMinutesPart());
    }

    private void fact(Div facts, String key, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span label = new Span(getTranslation(key));
        label.addClassName("hn-fact-label");
        Component text = new Paragraph(value);
        text.addClassName("hn-fact-value");
        Div row = new Div(label, text);
        row.addClassName("hn-fact");
        facts.add(row);
    }
}
