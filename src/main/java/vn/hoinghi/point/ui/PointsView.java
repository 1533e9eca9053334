package vn.hoinghi.point.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.point.PointImportService;
import vn.hoinghi.point.PointService;
import vn.hoinghi.point.PointSummary;
import vn.hoinghi.security.AppRoles;

/** The hall and every remote point with its room, technician and delegate counts. */
@Route(ConferencePath.ROUTE + "/points")
@Menu(title = "nav.points", order = 120, icon = "vaadin:connect")
@RolesAllowed({AppRoles.ADMIN, AppRoles.STAFF})
class PointsView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final PointService points;
    private final PointImportService importer;
    private final PointDayService pointDay;
    private final ConferenceService conferences;
    private final Grid<PointSummary> grid = new Grid<>();
    private final Span totals = new Span();
    private Conference conference;
    private java.util.Map<Long, java.util.List<String>> coordinatorNames = java.util.Map.of();

    PointsView(PointService points, PointImportService importer, PointDayService pointDay, ConferenceService conferences,
               vn.hoinghi.point.DeskLinkService deskLinks) {
        this.points = points;
        this.pointDay = pointDay;
        this.importer = importer;
        this.conferences = conferences;
        setSizeFull();
        Button add = new Button(getTranslation("points.add"), VaadinIcon.PLUS.create(), e -> open(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importButton = new Button(getTranslation("points.import"), VaadinIcon.UPLOAD.create(),
                e -> new PointImportDialog(importer, conference, this::refresh).open());
        Button coordinators = new Button(getTranslation("points.coordinators"), VaadinIcon.USERS.create(),
                e -> new CoordinatorsDialog(pointDay, conference.id(), points.list(conference.id()), this::refresh).open());
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("nav.points")), totals, new Div(), add,
                importButton, coordinators, DeskLinksButton.of(deskLinks, () -> conference.id()));
        top.setWidthFull();
        top.setWrap(true);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.expand(top.getComponentAt(2));
        add(top);

        grid.addComponentColumn(this::nameCell).setHeader(getTranslation("points.name")).setFlexGrow(3).setWidth("16rem");
        grid.addColumn(s -> s.point().room()).setHeader(getTranslation("points.room")).setFlexGrow(3).setWidth("14rem");
        grid.addColumn(s -> join(s.point().technician(), s.point().technicianPhone()))
                .setHeader(getTranslation("points.technician")).setFlexGrow(2).setWidth("12rem");
        grid.addColumn(s -> s.point().expectedAttendees()).setHeader(getTranslation("points.expected")).setWidth("7rem").setFlexGrow(0);
        grid.addComponentColumn(this::delegatesLink).setHeader(getTranslation("points.delegates")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(PointSummary::confirmed).setHeader(getTranslation("points.confirmed")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(PointSummary::declined).setHeader(getTranslation("points.declined")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(PointSummary::checkedIn).setHeader(getTranslation("points.checkedIn")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(s -> String.join(", ", coordinatorNames.getOrDefault(s.point().id(), java.util.List.of())))
                .setHeader(getTranslation("points.coordinators")).setFlexGrow(2).setWidth("10rem");
        grid.addItemClickListener(e -> open(e.getItem().point()));
        grid.setSizeFull();
        add(grid);
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
        points.list(conference.id());
        coordinatorNames = pointDay.coordinators(conference.id()).stream().collect(java.util.stream.Collectors.groupingBy(
                vn.hoinghi.point.PointCoordinator::pointId,
                java.util.stream.Collectors.mapping(vn.hoinghi.point.PointCoordinator::displayName,
                        java.util.stream.Collectors.toList())));
        var summaries = points.summaries(conference.id());
        grid.setItems(summaries);
        int remote = (int) summaries.stream().filter(s -> !s.point().hall()).count();
        int people = summaries.stream().mapToInt(PointSummary::delegates).sum();
        totals.setText(getTranslation("points.totals", remote, people));
        totals.addClassName("hn-count");
    }

    private Div nameCell(PointSummary s) {
        Div cell = new Div(new Span(s.point().name()));
        cell.addClassName("hn-name-cell");
        if (s.point().hall()) {
            Span badge = new Span(getTranslation("points.hall"));
            badge.getElement().getThemeList().add("badge small");
            cell.add(badge);
        } else if (s.point().meetingLink() != null) {
            Anchor link = new Anchor(s.point().meetingLink(), s.point().meetingLink());
            link.setTarget("_blank");
            link.addClassName("hn-substitute");
            cell.add(link);
        }
        return cell;
    }

    private Anchor delegatesLink(PointSummary s) {
        return new Anchor(ConferencePath.of(conference.id(), "delegates") + "?point=" + s.point().id(), String.valueOf(s.delegates()));
    }

    private void open(MeetingPoint point) {
        new PointDialog(points, conference.id(), point, this::refresh).open();
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + " – " + b;
    }
}
