package vn.hoinghi.award.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import vn.hoinghi.award.AwardSettings;
import vn.hoinghi.award.Quota;
import vn.hoinghi.award.QuotaService;
import vn.hoinghi.award.RecipientType;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.ui.OverviewFacts;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.CurrentUser;

/** The plan's award quota on the overview (its first form's two numbers), with the way to the awards for the committee. */
@org.springframework.stereotype.Component
class QuotaOverviewFact implements OverviewFacts {

    private final QuotaService quotas;

    QuotaOverviewFact(QuotaService quotas) {
        this.quotas = quotas;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Component> create(long conferenceId, Runnable changed) {
        AwardSettings settings;
        try {
            settings = quotas.settings(conferenceId);
        } catch (AccessDeniedException notForThisRole) {
            return List.of();
        }
        if (settings.forms().isEmpty()) {
            return List.of();
        }
        String form = settings.forms().getFirst();
        UI ui = UI.getCurrent();
        Span text = new Span(ui.getTranslation("conference.quotaText", quota(settings, form, RecipientType.COLLECTIVE),
                quota(settings, form, RecipientType.INDIVIDUAL), form));
        if (!CurrentUser.hasRole(AppRoles.ADMIN) && !CurrentUser.hasRole(AppRoles.STAFF)) {
            return List.of(OverviewFacts.fact(ui.getTranslation("conference.quotas"), text));
        }
        Anchor awards = new Anchor(ConferencePath.of(conferenceId, "awards"), ui.getTranslation("conference.quotas.open"));
        awards.addClassName("hn-quota-open");
        awards.getStyle().set("margin-inline-start", "var(--lumo-space-m)");
        return List.of(OverviewFacts.fact(ui.getTranslation("conference.quotas"), text, awards));
    }

    private static int quota(AwardSettings settings, String form, RecipientType type) {
        return settings.quotas().stream().filter(q -> q.form().equals(form) && q.type() == type)
                .mapToInt(Quota::quota).findFirst().orElse(0);
    }
}
