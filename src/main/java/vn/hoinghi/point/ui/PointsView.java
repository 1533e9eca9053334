package vn.hoinghi.point.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.ui.ComponentTexts;
import vn.hoinghi.base.ui.ConferencePage;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointBulkService;
import vn.hoinghi.point.PointCoordinator;
import vn.hoinghi.point.DeskLinkService;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.point.PointImportService;
import vn.hoinghi.point.PointSearch;
import vn.hoinghi.point.PointService;
import vn.hoinghi.point.PointSummary;
import vn.hoinghi.point.PointTotals;
import vn.hoinghi.security.AppRoles;

/**
 * The hall and every remote point: a lazy grid, filtered by cluster, kind, connection and standing and searched
 * without diacritics (the filters in the address), with the chosen points' bulk actions.
 */
@Route(ConferencePath.ROUTE + "/points")
@Menu(title = "nav.points", order = 120, icon = "vaadin:connect")
@RolesAllowed({AppRoles.ADMIN, AppRoles.STAFF})
@StyleSheet("themes/hoinghi/points.css")
class PointsView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final PointService points;
    private final PointSearch search;
    private final PointBulkService bulk;
    private final PointImportService importer;
    private final PointDayService pointDay;
    private final ConferenceService conferences;
    private final DeskLinkService deskLinks;
    private final Grid<PointSummary> grid = new Grid<>();
    private final Span totals = new Span();
    private final PointFilters filters = new PointFilters(this::filtered);
    private PointBulkActions actions;
    private Conference conference;
    private Map<Long, List<String>> coordinatorNames = Map.of();

    PointsView(PointService points, PointSearch search, PointBulkService bulk, PointImportService importer,
               PointDayService pointDay, ConferenceService conferences, DeskLinkService deskLinks) {
        this.deskLinks = deskLinks;
        this.points = points;
        this.search = search;
        this.bulk = bulk;
        this.pointDay = pointDay;
        this.importer = importer;
        this.conferences = conferences;
        setSizeFull();
        addClassName("hn-points");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        conference = ConferencePage.enter(event, conferences::open).orElse(null);
        if (conference == null) {
            return;
        }
        points.hall(conference.id());
        if (grid.getColumns().isEmpty()) { // the view is kept when only the address's filters change
            buildGrid();
        }
        removeAll();
        grid.deselectAll();
        actions = new PointBulkActions(bulk, conference.id(), this::chosenIds, () -> search.clusters(conference.id()),
                this::afterBulk);
        add(header(), filters, actions, grid);
        filters.read(event.getLocation().getQueryParameters());
        refresh();
    }

    /** The title and the page's actions on one line, the totals as filtered under them. */
    private VerticalLayout header() {
        Button add = new Button(getTranslation("points.add"), VaadinIcon.PLUS.create(), e -> open(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importButton = new Button(getTranslation("points.import"), VaadinIcon.UPLOAD.create(),
                e -> new PointImportDialog(importer, conference, this::refresh).open());
        Button coordinators = new Button(getTranslation("points.coordinators"), VaadinIcon.USERS.create(),
                e -> new CoordinatorsDialog(pointDay, conference.id(), points.list(conference.id()), this::refresh)
                        .open());
        totals.addClassName("hn-count");
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("nav.points")), new Div(), add,
                importButton, coordinators, DeskLinksButton.of(deskLinks, () -> conference.id()));
        top.setWidthFull();
        top.setWrap(true);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.expand(top.getComponentAt(1));
        VerticalLayout header = new VerticalLayout(top, totals);
        header.setPadding(false);
        header.setSpacing(false);
        return header;
    }

    private void buildGrid() {
        ComponentTexts.multiSelect(grid);
        ((GridMultiSelectionModel<PointSummary>) grid.getSelectionModel())
                .setSelectAllCheckboxVisibility(GridMultiSelectionModel.SelectAllCheckboxVisibility.VISIBLE);
        grid.addComponentColumn(this::nameCell).setHeader(getTranslation("points.name")).setFlexGrow(3)
                .setWidth("15rem").setFrozen(true);
        grid.addColumn(s -> s.point().cluster()).setHeader(getTranslation("points.cluster")).setFlexGrow(1)
                .setWidth("9rem").setTooltipGenerator(s -> s.point().cluster());
        grid.addColumn(this::kind).setHeader(getTranslation("points.filter.kind")).setFlexGrow(1).setWidth("7rem")
                .setTooltipGenerator(this::kind);
        grid.addColumn(s -> join(s.point().technician(), s.point().technicianPhone()))
                .setHeader(getTranslation("points.technician")).setFlexGrow(2).setWidth("11rem")
                .setTooltipGenerator(s -> join(s.point().technician(), s.point().technicianPhone()));
        grid.addColumn(s -> s.point().expectedAttendees()).setHeader(getTranslation("points.expected"))
                .setWidth("6rem").setFlexGrow(0);
        grid.addComponentColumn(this::delegatesLink).setHeader(getTranslation("points.delegates")).setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(PointSummary::confirmed).setHeader(getTranslation("points.confirmed")).setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(PointSummary::declined).setHeader(getTranslation("points.declined")).setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(PointSummary::checkedIn).setHeader(getTranslation("points.checkedIn")).setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(s -> String.join(", ", coordinatorNames.getOrDefault(s.point().id(), List.of())))
                .setHeader(getTranslation("points.coordinators")).setFlexGrow(1).setWidth("9rem");
        grid.setPartNameGenerator(s -> s.point().withdrawn() ? "hn-point-withdrawn" : null);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setItems(new CallbackDataProvider<>(
                q -> search.page(conference.id(), filters.value(), q.getOffset(), q.getLimit()).stream(),
                q -> search.count(conference.id(), filters.value()), s -> s.point().id()));
        grid.addSelectionListener(e -> actions.show(e.getAllSelectedItems().size()));
        grid.addItemClickListener(e -> open(e.getItem().point()));
        grid.setSizeFull();
    }

    /** A filter changed: the list, its totals and the address follow; the chosen points are let go. */
    private void filtered() {
        grid.deselectAll();
        refresh();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(ConferencePath.of(conference.id(), "points"), filters.query())));
    }

    private void afterBulk() {
        grid.deselectAll();
        refresh();
    }

    private void refresh() {
        coordinatorNames = pointDay.coordinators(conference.id()).stream().collect(Collectors.groupingBy(
                PointCoordinator::pointId, Collectors.mapping(PointCoordinator::displayName, Collectors.toList())));
        filters.offerClusters(search.clusters(conference.id()));
        grid.getDataProvider().refreshAll();
        PointTotals t = search.totals(conference.id(), filters.value());
        String byKind = t.byKind().entrySet().stream()
                .map(e -> getTranslation("points.totals.kind", getTranslation("point.kind." + e.getKey()), e.getValue()))
                .collect(Collectors.joining(" · "));
        totals.setText(getTranslation("points.totals", t.points(), t.delegates()) + (byKind.isEmpty() ? "" : " — " + byKind));
    }

    private String kind(PointSummary s) {
        return getTranslation("point.kind." + s.point().kind());
    }

    private List<Long> chosenIds() {
        return grid.getSelectedItems().stream().map(s -> s.point().id()).toList();
    }

    private Div nameCell(PointSummary s) {
        Div cell = new Div(new Span(s.point().name()));
        cell.addClassName("hn-name-cell");
        if (s.point().hall()) {
            cell.add(badge(getTranslation("points.hall"), "badge small"));
        } else if (s.point().withdrawn()) {
            cell.add(badge(getTranslation("points.withdrawn"), "badge small contrast"));
        } else if (s.point().meetingLink() != null) {
            Anchor link = new Anchor(s.point().meetingLink(), s.point().meetingLink());
            link.setTarget("_blank");
            link.addClassName("hn-substitute");
            cell.add(link);
        }
        return cell;
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    private Anchor delegatesLink(PointSummary s) {
        return new Anchor(ConferencePath.of(conference.id(), "delegates") + "?point=" + s.point().id(),
                String.valueOf(s.delegates()));
    }

    private void open(MeetingPoint point) {
        new PointDialog(points, conference.id(), point, search.clusters(conference.id()), this::refresh).open();
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + " – " + b;
    }
}
