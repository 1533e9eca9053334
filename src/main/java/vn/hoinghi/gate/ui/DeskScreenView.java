package vn.hoinghi.gate.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.ui.ConferencePage;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.ScreenKind;
import vn.hoinghi.security.ScreenLinkService;
import vn.hoinghi.security.ScreenPass;

/**
 * A point's desk on a phone opened with the point's desk link (from its printed card or its technician's mail): no
 * account and no menu, the link's own point only (decision 026). A display of any other kind, or sent to another
 * conference, goes back to its own screen. The committee sees what a point's phone shows with {@code ?point=id}.
 */
@Route(value = ConferencePath.ROUTE + "/screen/desk", autoLayout = false)
@RolesAllowed({AppRoles.ADMIN, AppRoles.STAFF, AppRoles.SCREEN})
class DeskScreenView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final DeskServices services;
    private final ConferenceService conferences;

    DeskScreenView(DeskServices services, ConferenceService conferences) {
        this.services = services;
        this.conferences = conferences;
        addClassNames("hn-desk", "hn-desk-screen");
    }

    @Override
    public String titleKey() {
        return "nav.pointDesk";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<ScreenPass> pass = ScreenLinkService.current();
        if (pass.isEmpty()) {
            withoutLink(event);
            return;
        }
        if (pass.get().kind() != ScreenKind.DESK
                || ConferencePage.id(event.getRouteParameters()).orElse(-1) != pass.get().conferenceId()) {
            event.forwardTo(pass.get().kind().path(pass.get().conferenceId()));
            return;
        }
        if (ConferencePage.enter(event, conferences::open).isEmpty()) {
            return;
        }
        MeetingPoint point = services.pointDay().desk(pass.get().pointId());
        add(new PointDesk(services, point, false));
    }

    /**
     * Without a desk link: the committee sees the asked point's desk as its phone shows it; otherwise the page says
     * how it is opened.
     */
    private void withoutLink(BeforeEnterEvent event) {
        var conference = ConferencePage.enter(event, conferences::open);
        if (conference.isEmpty()) {
            return;
        }
        boolean committee = CurrentUser.hasRole(AppRoles.ADMIN) || CurrentUser.hasRole(AppRoles.STAFF);
        Optional<MeetingPoint> point = event.getLocation().getQueryParameters().getSingleParameter("point")
                .filter(id -> committee && id.matches("\\d{1,18}"))
                .map(id -> services.pointDay().desk(Long.parseLong(id)))
                .filter(p -> p.conferenceId() == conference.get().id());
        if (point.isPresent()) {
            add(new PointDesk(services, point.get(), true));
            return;
        }
        add(new H2(getTranslation("nav.pointDesk")), new Paragraph(getTranslation("deskLinks.openWithLink")));
        if (committee) {
            add(new Anchor(ConferencePath.of(conference.get().id(), "point-desk"), getTranslation("desk.choose")));
        }
    }
}
