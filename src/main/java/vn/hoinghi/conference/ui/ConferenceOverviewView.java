package vn.hoinghi.conference.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ui.ConferencePage;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.conference.HealthSettings;
import vn.hoinghi.conference.HealthSettingsService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.CurrentUser;

/** A conference's first page: the facts of its plan. */
@Route(ConferencePath.ROUTE)
@PageTitle("HoiNghi")
@Menu(title = "nav.overview", order = 0, icon = "vaadin:home")
@PermitAll
class ConferenceOverviewView extends VerticalLayout implements BeforeEnterObserver {

    private final ConferenceService service;
    private final HealthSettingsService health;

    ConferenceOverviewView(ConferenceService service, HealthSettingsService health) {
        this.service = service;
        this.health = health;
        addClassName("hn-overview");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ConferencePage.enter(event, service::open).ifPresent(this::show);
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
        healthDeclaration(facts, c);
    }

    /** The gate's health declaration: shown when on; the committee switches it and edits the questions here. */
    private void healthDeclaration(Div facts, Conference c) {
        HealthSettings declaration = health.get(c.id());
        boolean committee = CurrentUser.hasRole(AppRoles.ADMIN) || CurrentUser.hasRole(AppRoles.STAFF);
        if (!declaration.enabled() && !committee) {
            return;
        }
        Span label = new Span(getTranslation("health.settings.enabled"));
        label.addClassName("hn-fact-label");
        Paragraph value = new Paragraph(declaration.enabled()
                ? getTranslation("health.settings.on", declaration.questions().size()) : getTranslation("health.settings.off"));
        value.addClassName("hn-fact-value");
        if (committee) {
            Button change = new Button(getTranslation("health.settings.change"), VaadinIcon.CLIPBOARD_HEART.create(),
                    e -> new HealthSettingsDialog(health, c, () -> {
                        removeAll();
                        service.get(c.id()).ifPresent(this::show);
                    }).open());
            change.addClassName("hn-health-settings-open");
            change.addThemeVariants(ButtonVariant.LUMO_SMALL);
            change.getStyle().set("margin-inline-start", "var(--lumo-space-m)");
            value.add(change);
        }
        Div row = new Div(label, value);
        row.addClassName("hn-fact");
        facts.add(row);
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
