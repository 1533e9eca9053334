package vn.hoinghi.health.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.ui.ConferencePage;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.checkin.CheckinResult;
import vn.hoinghi.health.HealthDeclaration;
import vn.hoinghi.health.HealthDeclarationService;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.security.AppRoles;

/**
 * The committee's list of health declarations, those with a "có" first. A delegate waiting for the medical desk is
 * let in from here (or at the gate) once the desk allows it. Health data: committee accounts only.
 */
@Route(ConferencePath.ROUTE + "/health")
@Menu(title = "nav.health", order = 250, icon = "vaadin:clipboard-heart")
@RolesAllowed({AppRoles.ADMIN, AppRoles.STAFF})
@StyleSheet("themes/hoinghi/health.css")
class HealthDeclarationsView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    /** Where a check-in made from this list is recorded. */

    private final HealthDeclarationService health;
    private final ConferenceService conferences;
    private final Paragraph summary = new Paragraph();
    final Grid<HealthDeclaration> grid = new Grid<>();
    private Conference conference;

    HealthDeclarationsView(HealthDeclarationService health, ConferenceService conferences) {
        this.health = health;
        this.conferences = conferences;
        setSizeFull();
        addClassName("hn-health-list");
        grid.addColumn(d -> Times.DATE_TIME.format(Times.local(d.at()))).setHeader(getTranslation("health.list.at"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(HealthDeclaration::attendeeName).setHeader(getTranslation("health.list.who")).setFlexGrow(2);
        grid.addComponentColumn(this::answers).setHeader(getTranslation("health.list.answers")).setFlexGrow(3);
        grid.addColumn(d -> d.gate() + " · " + d.by()).setHeader(getTranslation("health.list.where")).setFlexGrow(1);
        grid.addComponentColumn(this::status).setHeader(getTranslation("health.list.status")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPartNameGenerator(d -> d.pending() ? "hn-health-pending" : d.flagged() ? "hn-health-flagged" : null);
        grid.setSizeFull();
        Paragraph help = new Paragraph(getTranslation("health.list.help"));
        help.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        add(new H2(getTranslation("nav.health")), help, summary, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        conference = ConferencePage.enter(event, conferences::open).orElse(null);
        if (conference == null) {
            return;
        }
        refresh();
    }

    private void refresh() {
        List<HealthDeclaration> all = health.list(conference.id());
        grid.setItems(all);
        summary.setText(getTranslation("health.list.summary", all.size(),
                all.stream().filter(HealthDeclaration::flagged).count(),
                all.stream().filter(HealthDeclaration::pending).count()));
    }

    private Div answers(HealthDeclaration d) {
        Div cell = new Div();
        if (!d.flagged()) {
            cell.setText(getTranslation("health.list.allNo", d.answers().size()));
            return cell;
        }
        d.yesNumbers().forEach(n -> cell.add(new Div(getTranslation("health.clear.yes", n, d.questions().get(n - 1)))));
        return cell;
    }

    private Div status(HealthDeclaration d) {
        Div cell = new Div();
        if (d.pending()) {
            Span waiting = badge(getTranslation("health.list.pending"), "error");
            Button clear = new Button(getTranslation("health.clear.confirm"), e -> confirmClear(d));
            clear.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            cell.add(waiting, clear);
        } else if (d.clearedAt() != null) {
            cell.add(badge(getTranslation("health.list.cleared", Times.TIME.format(Times.local(d.clearedAt())),
                    d.clearedBy()), "success"));
        } else if (d.checkinId() != null) {
            cell.add(badge(getTranslation("health.list.checkedIn"), "success"));
        } else {
            cell.add(badge(getTranslation("health.list.notCheckedIn"), "contrast"));
        }
        cell.addClassName("hn-health-status");
        return cell;
    }

    private void confirmClear(HealthDeclaration d) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("health.clear.title"));
        dialog.setWidth("min(30rem, 95vw)");
        dialog.add(new Paragraph(getTranslation("health.list.clear.what", d.attendeeName())));
        Button yes = new Button(getTranslation("health.clear.confirm"), e -> {
            try {
                CheckinResult r = health.clear(d.id(), getTranslation("health.desk"));
                Notifications.success(getTranslation(r.ok() ? "health.list.clear.done" : "health.list.clear.noCheckin",
                        d.attendeeName()));
            } catch (ValidationException ex) {
                Notifications.error(String.join(" ", ex.fieldErrors().values()));
            }
            dialog.close();
            refresh();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), yes);
        dialog.open();
    }

    private static Span badge(String text, String theme) {
        Span s = new Span(text);
        s.getElement().getThemeList().add("badge " + theme);
        return s;
    }
}
