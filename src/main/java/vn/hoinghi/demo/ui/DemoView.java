package vn.hoinghi.demo.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.demo.CommuneDemoLoader;
import vn.hoinghi.demo.DemoConference;
import vn.hoinghi.demo.DemoConferenceLoader;
import vn.hoinghi.security.AppRoles;

/** The demo conferences side by side, each saying whether it is loaded, each loaded in one click. */
@Route("demo")
@Menu(title = "nav.demo", order = 990, icon = "vaadin:magic")
@RolesAllowed(AppRoles.ADMIN)
class DemoView extends VerticalLayout implements TranslatedTitle {

    DemoView(DemoConferenceLoader covid2021, CommuneDemoLoader communes2025) {
        setMaxWidth("64rem");
        add(new H2(getTranslation("demo.title")), new Paragraph(getTranslation("demo.description")));
        for (DemoConference demo : List.of(covid2021, communes2025)) {
            add(card(demo));
        }
    }

    private Component card(DemoConference demo) {
        String prefix = "demo." + demo.key() + ".";
        Optional<Long> loaded = demo.loadedId();
        Span status = new Span(getTranslation(loaded.isPresent() ? "demo.isLoaded" : "demo.notLoaded"));
        status.getElement().getThemeList().add(loaded.isPresent() ? "badge success" : "badge contrast");
        Button load = new Button(getTranslation(prefix + "load"), e -> {
            var result = demo.load();
            Notifications.success(getTranslation(prefix + (result.alreadyThere() ? "alreadyLoaded" : "loaded"),
                    result.units(), result.points(), result.delegatesAdded()));
            getUI().ifPresent(ui -> ui.navigate(ConferencePath.of(result.conferenceId())));
        });
        load.addThemeVariants(loaded.isPresent() ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(status, load);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        loaded.ifPresent(id -> actions.add(new Anchor(ConferencePath.of(id), getTranslation("demo.open"))));
        VerticalLayout card = new VerticalLayout(new H3(getTranslation(prefix + "title")),
                new Paragraph(getTranslation(prefix + "description")), actions);
        card.setSpacing(false);
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)");
        return card;
    }
}
