package vn.hoinghi.gate.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.ui.ConferencePage;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.CurrentUser;

/**
 * A remote point's desk ({@link PointDesk}) for a signed-in coordinator, who gets their own point; the committee can
 * open any point's desk (?point=id) to stand in for one. A phone without an account opens it with the point's desk
 * link instead ({@link DeskScreenView}).
 */
@Route(ConferencePath.ROUTE + "/point-desk")
@Menu(title = "nav.pointDesk", order = 215, icon = "vaadin:phone")
@RolesAllowed({AppRoles.ADMIN, AppRoles.STAFF, AppRoles.POINT})
class PointDeskView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final DeskServices services;
    private final PointService points;
    private final ConferenceService conferences;

    PointDeskView(DeskServices services, PointService points, ConferenceService conferences) {
        this.services = services;
        this.points = points;
        this.conferences = conferences;
        addClassName("hn-desk");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Conference conference = ConferencePage.enter(event, conferences::open).orElse(null);
        if (conference == null) {
            return;
        }
        boolean committee = CurrentUser.hasRole(AppRoles.ADMIN) || CurrentUser.hasRole(AppRoles.STAFF);
        String asked = event.getLocation().getQueryParameters().getSingleParameter("point").orElse(null);
        MeetingPoint point = asked != null && asked.matches("\\d{1,18}") ? services.pointDay().desk(Long.parseLong(asked))
                : committee ? null : services.pointDay().myPoint(conference.id()).orElse(null);
        if (point != null && point.conferenceId() != conference.id()) {
            point = null;
        }
        if (point != null) {
            add(new PointDesk(services, point, committee));
            return;
        }
        add(new H2(getTranslation("nav.pointDesk")));
        if (committee) {
            add(pointChooser(conference));
        } else {
            add(new Span(getTranslation("desk.noPoint")));
        }
    }

    private Select<MeetingPoint> pointChooser(Conference conference) {
        Select<MeetingPoint> choose = new Select<>();
        choose.setLabel(getTranslation("desk.choose"));
        choose.setItems(services.pointDay().desks(conference.id()));
        choose.setItemLabelGenerator(MeetingPoint::name);
        choose.addValueChangeListener(e -> getUI().ifPresent(ui -> ui.navigate(ConferencePath.of(conference.id(),
                "point-desk"), QueryParameters.of("point", Long.toString(e.getValue().id())))));
        return choose;
    }
}
