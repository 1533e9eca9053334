package vn.hoinghi.demo.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.demo.DemoConferenceLoader;
import vn.hoinghi.security.AppRoles;

@Route("demo")
@Menu(title = "nav.demo", order = 990, icon = "vaadin:magic")
@RolesAllowed(AppRoles.ADMIN)
class DemoView extends VerticalLayout implements TranslatedTitle {

    DemoView(DemoConferenceLoader loader) {
        add(new H2(getTranslation("demo.title")), new Paragraph(getTranslation("demo.description")));
        Button load = new Button(getTranslation("demo.load"), e -> {
            var loaded = loader.load();
            Notifications.success(getTranslation(loaded.alreadyThere() ? "demo.alreadyLoaded" : "demo.loaded", loaded.units(), loaded.delegatesAdded()));
            getUI().ifPresent(ui -> ui.navigate(ConferencePath.of(loaded.conferenceId())));
        });
        load.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        add(load);
    }
}
