package vn.hoinghi.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ui.ConferencePage;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.ScreenKind;
import vn.hoinghi.security.ScreenLink;
import vn.hoinghi.security.ScreenLinkService;
import vn.hoinghi.base.ui.Confirmations;

/**
 * The unattended displays of the conference: a secret link per display (hall, a point, the technicians), made
 * here and shown once with its QR code, and revoked here; a revoked display closes at once.
 */
@Route(ConferencePath.ROUTE + "/screens")
@Menu(title = "nav.screens", order = 190, icon = "vaadin:desktop")
@RolesAllowed({AppRoles.ADMIN, AppRoles.STAFF})
class ScreenLinksView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final ScreenLinkService links;
    private final ConferenceService conferences;
    private final PointService points;
    private final Grid<ScreenLink> grid = new Grid<>();
    private Conference conference;
    private Map<Long, MeetingPoint> pointsById = Map.of();
    private final HorizontalLayout open = new HorizontalLayout();

    ScreenLinksView(ScreenLinkService links, ConferenceService conferences, PointService points) {
        this.links = links;
        this.conferences = conferences;
        this.points = points;
        setSizeFull();
        Button add = new Button(getTranslation("screens.create"), e -> new ScreenLinkDialog(links, conference,
                pointsById.values().stream().filter(p -> !p.hall()).toList(), this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("hn-screens-create");
        grid.addColumn(ScreenLink::label).setHeader(getTranslation("screens.label")).setFlexGrow(2);
        grid.addColumn(this::kindText).setHeader(getTranslation("screens.kind")).setFlexGrow(2);
        grid.addColumn(l -> Times.DATE_TIME.format(Times.local(l.createdAt())) + " · " + l.createdBy())
                .setHeader(getTranslation("screens.created"));
        grid.addColumn(l -> l.lastUsedAt() == null ? getTranslation("screens.never")
                : Times.DATE_TIME.format(Times.local(l.lastUsedAt()))).setHeader(getTranslation("screens.used"));
        grid.addComponentColumn(this::revokeOrState).setHeader("");
        grid.setClassName("hn-screens-grid");
        add(new H2(getTranslation("nav.screens")), new Paragraph(getTranslation("screens.help")), add, grid,
                new Paragraph(getTranslation("screens.open.help")), open);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        conference = ConferencePage.enter(event, conferences::open).orElse(null);
        if (conference == null) {
            return;
        }
        open.removeAll();
        for (ScreenKind kind : ScreenKind.DISPLAYS) {
            Anchor screen = new Anchor(ConferencePath.of(conference.id(), kind.page()),
                    getTranslation("screens.open." + kind.name().toLowerCase(java.util.Locale.ROOT)));
            screen.setTarget("_blank");
            open.add(screen);
        }
        pointsById = points.list(conference.id()).stream().collect(Collectors.toMap(MeetingPoint::id, Function.identity()));
        refresh();
    }

    private void refresh() {
        // the points' desk links, one per point, are kept on the points page
        grid.setItems(links.list(conference.id()).stream().filter(l -> ScreenKind.DISPLAYS.contains(l.kind())).toList());
    }

    private String kindText(ScreenLink l) {
        String kind = getTranslation("screens.kind." + l.kind());
        MeetingPoint point = l.pointId() == null ? null : pointsById.get(l.pointId());
        return l.kind().ofPoint() && point != null ? kind + ": " + point.name() : kind;
    }

    private com.vaadin.flow.component.Component revokeOrState(ScreenLink l) {
        if (!l.active()) {
            return new Span(getTranslation("screens.revoked", Times.DATE_TIME.format(Times.local(l.revokedAt())), l.revokedBy()));
        }
        Button revoke = new Button(getTranslation("screens.revoke"), e -> Confirmations.ask(
                getTranslation("screens.revoke.title", l.label()), getTranslation("screens.revoke.text"),
                getTranslation("screens.revoke"), ok -> {
                    links.revoke(l.id());
                    refresh();
                }).open());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        return revoke;
    }
}
