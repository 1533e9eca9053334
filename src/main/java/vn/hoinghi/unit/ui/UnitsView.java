package vn.hoinghi.unit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.hoinghi.base.ui.ComponentTexts;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.unit.Unit;
import vn.hoinghi.unit.UnitService;

@Route("units")
@Menu(title = "nav.units", order = 920, icon = "vaadin:building")
@RolesAllowed({AppRoles.ADMIN, AppRoles.STAFF})
class UnitsView extends VerticalLayout implements TranslatedTitle {

    private final UnitService service;
    private final Grid<Unit> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<String> province = new ComboBox<>();

    UnitsView(UnitService service, ConferenceService conferences) {
        this.service = service;
        setSizeFull();
        search.setPlaceholder(getTranslation("units.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        // The province of the conference the committee works on, as it opened it last; cleared: every province.
        province.setItems(service.provinces());
        province.setPlaceholder(getTranslation("units.province.all"));
        province.setAriaLabel(getTranslation("units.province"));
        province.setClearButtonVisible(true);
        province.addClassName("hn-units-province");
        province.setWidth("15rem");
        conferences.lastOpened().map(c -> service.provinceOf(c.id())).filter(p -> !p.isEmpty())
                .ifPresent(province::setValue);
        province.addValueChangeListener(e -> refresh());
        Button add = new Button(getTranslation("units.add"), e -> open(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("nav.units")), province, search, add);
        top.setAlignItems(Alignment.BASELINE);
        top.setWrap(true);
        add(top);

        grid.addColumn(Unit::name).setHeader(getTranslation("units.name")).setFlexGrow(3).setSortable(true);
        grid.addColumn(u -> u.province().isEmpty() ? getTranslation("unit.noProvince") : u.province())
                .setHeader(getTranslation("units.province")).setWidth("12rem").setFlexGrow(0).setSortable(true);
        grid.addColumn(u -> getTranslation("level." + u.level())).setHeader(getTranslation("units.level")).setAutoWidth(true).setSortable(true);
        grid.addColumn(u -> getTranslation("kind." + u.kind())).setHeader(getTranslation("units.kind")).setAutoWidth(true).setSortable(true);
        grid.addColumn(Unit::contactName).setHeader(getTranslation("units.contactName")).setFlexGrow(1);
        grid.addColumn(Unit::contactPhone).setHeader(getTranslation("units.contactPhone")).setAutoWidth(true);
        ComponentTexts.sortLabels(grid);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setSizeFull();
        add(grid);
        refresh();
    }

    private void open(Unit unit) {
        new UnitDialog(service, unit, province.getValue(), this::refresh).open();
    }

    private void refresh() {
        grid.setItems(service.directory(province.getValue(), search.getValue()));
    }
}
