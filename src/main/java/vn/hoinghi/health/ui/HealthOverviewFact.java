package vn.hoinghi.health.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import vn.hoinghi.base.ui.OverviewFacts;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.health.HealthSettings;
import vn.hoinghi.health.HealthSettingsService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.CurrentUser;

/** The gate's health declaration on the overview: shown when on; the committee switches it and edits the questions. */
@org.springframework.stereotype.Component
class HealthOverviewFact implements OverviewFacts {

    private final HealthSettingsService health;
    private final ConferenceService conferences;

    HealthOverviewFact(HealthSettingsService health, ConferenceService conferences) {
        this.health = health;
        this.conferences = conferences;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<Component> create(long conferenceId, Runnable changed) {
        HealthSettings declaration = health.get(conferenceId);
        boolean committee = CurrentUser.hasRole(AppRoles.ADMIN) || CurrentUser.hasRole(AppRoles.STAFF);
        if (!declaration.enabled() && !committee) {
            return List.of();
        }
        UI ui = UI.getCurrent();
        String label = ui.getTranslation("health.settings.enabled");
        Span state = new Span(declaration.enabled()
                ? ui.getTranslation("health.settings.on", declaration.questions().size())
                : ui.getTranslation("health.settings.off"));
        if (!committee) {
            return List.of(OverviewFacts.fact(label, state));
        }
        Button change = new Button(ui.getTranslation("health.settings.change"), VaadinIcon.CLIPBOARD_HEART.create(),
                e -> conferences.get(conferenceId).ifPresent(c -> new HealthSettingsDialog(health, c, changed).open()));
        change.addClassName("hn-health-settings-open");
        change.addThemeVariants(ButtonVariant.LUMO_SMALL);
        change.getStyle().set("margin-inline-start", "var(--lumo-space-m)");
        return List.of(OverviewFacts.fact(label, state, change));
    }
}
