package vn.hoinghi.conference.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ui.ConferencePage;
import vn.hoinghi.base.ui.OverviewFacts;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.document.SignerBlock;

/** A conference's first page: the facts of its plan, then what the other features add (quotas, health declaration). */
@Route(ConferencePath.ROUTE)
@Menu(title = "nav.overview", order = 0, icon = "vaadin:home")
@PermitAll
class ConferenceOverviewView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final ConferenceService service;
    private final List<OverviewFacts> features;

    ConferenceOverviewView(ConferenceService service, List<OverviewFacts> features) {
        this.service = service;
        this.features = features.stream().sorted(Comparator.comparingInt(OverviewFacts::order)).toList();
        addClassName("hn-overview");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ConferencePage.enter(event, service::open).ifPresent(this::show);
    }

    private void show(Conference c) {
        removeAll();
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
                : SignerBlock.text(c.signerBlock()) + (c.signerName() == null ? "" : "\n" + c.signerName()));
        fact(facts, "conference.submissionDeadline", c.submissionDeadline() == null ? null
                : Times.DATE.format(c.submissionDeadline()) + (c.submissionEmail() == null ? "" : " — " + c.submissionEmail()));
        Runnable changed = () -> service.get(c.id()).ifPresent(this::show);
        features.forEach(f -> f.create(c.id(), changed).forEach(facts::add));
        add(title, facts);
    }

    private String hours(Conference c) {
        Duration d = Duration.between(c.startsAt(), c.endsAt());
        return getTranslation("conference.duration", d.toHours(), d.toMinutesPart());
    }

    private void fact(Div facts, String key, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(OverviewFacts.fact(getTranslation(key), new Span(value)));
        }
    }
}
