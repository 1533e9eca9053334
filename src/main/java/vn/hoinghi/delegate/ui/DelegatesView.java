package vn.hoinghi.delegate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.ui.ConferencePage;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.CompositionGroup;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.GroupService;
import vn.hoinghi.delegate.InvitationStatus;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.unit.Unit;
import vn.hoinghi.unit.UnitService;

/** The conference's delegate list: a lazy grid with search and filters, and the way to import, export and print. */
@Route(ConferencePath.ROUTE + "/delegates")
@Menu(title = "nav.delegates", order = 110, icon = "vaadin:users")
@RolesAllowed({AppRoles.ADMIN, AppRoles.STAFF})
class DelegatesView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final DelegateService delegates;
    private final PointService points;
    private final ConferenceService conferences;
    private final DelegateActions actions;
    private final Grid<Delegate> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<CompositionGroup> group = new ComboBox<>();
    private final ComboBox<MeetingPoint> point = new ComboBox<>();
    private final ComboBox<Unit> unit = new ComboBox<>();
    private final ComboBox<InvitationStatus> status = new ComboBox<>();
    private final ComboBox<Boolean> checkedIn = new ComboBox<>();
    private final Checkbox withdrawn = new Checkbox();
    private final Span total = new Span();
    private Conference conference;

    private final UnitService units;
    private final GroupService groups;

    DelegatesView(DelegateService delegates, PointService points, ConferenceService conferences, DelegateActions actions,
                  UnitService units, GroupService groups) {
        this.units = units;
        this.groups = groups;
        this.delegates = delegates;
        this.points = points;
        this.conferences = conferences;
        this.actions = actions;
        setSizeFull();
        addClassName("hn-delegates");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        conference = ConferencePage.enter(event, conferences::open).orElse(null);
        if (conference == null) {
            return;
        }
        removeAll();
        buildFilters();
        buildGrid();
        event.getLocation().getQueryParameters().getSingleParameter("point").map(Long::valueOf).ifPresent(id ->
                point.getListDataView().getItems().filter(p -> p.id() == id).findFirst().ifPresent(point::setValue));
        refresh();
    }

    DelegateFilter filter() {
        return new DelegateFilter(search.getValue(), group.getValue() == null ? null : group.getValue().id(),
                point.getValue() == null ? null : point.getValue().id(), unit.getValue() == null ? null : unit.getValue().id(),
                status.getValue(),
                checkedIn.getValue(), withdrawn.getValue());
    }

    void refresh() {
        group.setItems(delegates.groups(conference.id()));
        grid.getDataProvider().refreshAll();
        total.setText(getTranslation("delegates.total", delegates.count(conference.id(), filter())));
    }

    private void buildFilters() {
        H2 title = new H2(getTranslation("nav.delegates"));
        total.addClassName("hn-count");
        Button add = new Button(getTranslation("delegates.add"), VaadinIcon.PLUS.create(), e -> open(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importButton = new Button(getTranslation("delegates.import"), VaadinIcon.UPLOAD.create(),
                e -> new ImportDialog(actions.importer(), conference, this::refresh).open());
        Anchor export = actions.exportLink(conference.id(), this::filter);
        Button manageGroups = new Button(getTranslation("groups.manage"), VaadinIcon.LIST_OL.create(),
                e -> new GroupsDialog(groups, conference.id(), this::refresh).open());
        Button cards = new Button(getTranslation("cards.open"), VaadinIcon.CREDIT_CARD.create(),
                e -> new CardsDialog(actions, conference.id(), delegates.groups(conference.id())).open());
        HorizontalLayout top = new HorizontalLayout(title, total, new Div(), add, importButton, export, manageGroups, cards);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setWrap(true);
        top.setWidthFull();
        top.expand(top.getComponentAt(2));

        search.setPlaceholder(getTranslation("delegates.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("24rem");
        group.setPlaceholder(getTranslation("delegates.group"));
        group.setItemLabelGenerator(CompositionGroup::name);
        point.setPlaceholder(getTranslation("delegates.point"));
        point.setItems(points.list(conference.id()));
        point.setItemLabelGenerator(MeetingPoint::name);
        unit.setPlaceholder(getTranslation("delegates.unitName"));
        unit.setItems(units.find(conference.id(), null));
        unit.setItemLabelGenerator(Unit::name);
        status.setPlaceholder(getTranslation("delegates.status"));
        status.setItems(InvitationStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("invitation." + s));
        checkedIn.setPlaceholder(getTranslation("delegates.checkedIn"));
        checkedIn.setItems(true, false);
        checkedIn.setItemLabelGenerator(b -> getTranslation(b ? "delegates.checkedIn.yes" : "delegates.checkedIn.no"));
        withdrawn.setLabel(getTranslation("delegates.withdrawn"));
        for (ComboBox<?> c : new ComboBox<?>[] {group, point, unit, status, checkedIn}) {
            c.setClearButtonVisible(true);
            c.addValueChangeListener(e -> refresh());
        }
        search.addValueChangeListener(e -> refresh());
        withdrawn.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(search, group, point, unit, status, checkedIn, withdrawn);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(top, filters);
    }

    private void buildGrid() {
        grid.addColumn(new ComponentRenderer<>(DelegatesView::nameCell)).setHeader(getTranslation("delegates.name"))
                .setFlexGrow(3).setFrozen(true).setWidth("16rem");
        grid.addColumn(d -> join(d.title(), d.unitName())).setHeader(getTranslation("delegates.titleUnit"))
                .setTooltipGenerator(d -> join(d.title(), d.unitName())).setFlexGrow(4).setWidth("16rem");
        grid.addColumn(Delegate::groupName).setHeader(getTranslation("delegates.group")).setFlexGrow(2).setWidth("10rem");
        grid.addColumn(Delegate::pointName).setHeader(getTranslation("delegates.point")).setTooltipGenerator(Delegate::pointName)
                .setFlexGrow(2).setWidth("10rem");
        grid.addColumn(Delegate::seat).setHeader(getTranslation("delegates.seat")).setWidth("5rem").setFlexGrow(0);
        grid.addColumn(Delegate::protocolRank).setHeader(getTranslation("delegates.rankShort"))
                .setTooltipGenerator(d -> getTranslation("delegates.rank")).setWidth("5rem").setFlexGrow(0);
        grid.addColumn(Delegate::phone).setHeader(getTranslation("delegates.phone")).setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::statusBadge)).setHeader(getTranslation("delegates.status"))
                .setWidth("9rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(q -> delegates.page(conference.id(), filter(), q.getOffset(), q.getLimit()).stream(),
                q -> delegates.count(conference.id(), filter()));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setSizeFull();
        add(grid);
    }

    private static Div nameCell(Delegate d) {
        Div cell = new Div(new Span(d.fullName()));
        cell.addClassName("hn-name-cell");
        if (d.hasSubstitute()) {
            Span sub = new Span("→ " + d.substituteName());
            sub.addClassName("hn-substitute");
            cell.add(sub);
        }
        return cell;
    }

    private Span statusBadge(Delegate d) {
        Span badge = new Span(getTranslation("invitation." + d.invitationStatus()));
        badge.getElement().getThemeList().add("badge pill small " + switch (d.invitationStatus()) {
            case CONFIRMED, SUBSTITUTE -> "success";
            case DECLINED -> "error";
            case SENT -> "";
            case NOT_SENT -> "contrast";
        });
        return badge;
    }

    private void open(Delegate delegate) {
        new DelegateDialog(delegates, actions, points.list(conference.id()), delegates.groups(conference.id()),
                conference.id(), delegate == null ? null : delegates.get(delegate.id()).orElse(null), this::refresh).open();
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + " – " + b;
    }
}
