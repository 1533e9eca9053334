package vn.hoinghi.conference.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.CurrentUser;

@Route("conferences")
@Menu(title = "nav.conferences", order = 910, icon = "vaadin:calendar")
@PermitAll
class ConferenceListView extends VerticalLayout implements TranslatedTitle {

    private final ConferenceService service;
    private final Grid<Conference> grid = new Grid<>();

    ConferenceListView(ConferenceService service) {
        this.service = service;
        setSizeFull();
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("nav.conferences")));
        top.setAlignItems(Alignment.BASELINE);
        if (CurrentUser.hasRole(AppRoles.ADMIN) || CurrentUser.hasRole(AppRoles.STAFF)) {
            Button add = new Button(getTranslation("conference.add"), e -> edit(null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            top.add(add);
        }
        add(top);

        grid.addComponentColumn(c -> {
            Anchor open = new Anchor(ConferencePath.of(c.id()), c.title());
            open.addClassName("hn-conference-link");
            return open;
        }).setHeader(getTranslation("conference.title")).setWidth("22rem").setFlexGrow(4);
        grid.addColumn(c -> Times.DATE_TIME.format(Times.local(c.startsAt()))).setHeader(getTranslation("conference.startsAt")).setAutoWidth(true);
        grid.addColumn(Conference::venue).setHeader(getTranslation("conference.venue")).setWidth("10rem").setFlexGrow(1);
        grid.addColumn(c -> getTranslation("format." + c.format())).setHeader(getTranslation("conference.format")).setWidth("9rem").setFlexGrow(1);
        grid.addComponentColumn(c -> new Button(getTranslation("conference.select"),
                e -> getUI().ifPresent(ui -> ui.navigate(ConferencePath.of(c.id()))))).setAutoWidth(true).setFlexGrow(0);
        if (CurrentUser.hasRole(AppRoles.ADMIN) || CurrentUser.hasRole(AppRoles.STAFF)) {
            grid.addComponentColumn(c -> new Button(getTranslation("action.edit"), e -> edit(c))).setAutoWidth(true).setFlexGrow(0);
        }
        // Titles of one province's conferences start alike ("Hội nghị sơ kết công tác …"): show them whole.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        add(grid);
        refresh();
    }

    private void edit(Conference conference) {
        new ConferenceDialog(service, conference, this::refresh).open();
    }

    private void refresh() {
        grid.setItems(service.list());
    }
}
