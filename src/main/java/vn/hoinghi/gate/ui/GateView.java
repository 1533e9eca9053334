package vn.hoinghi.gate.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.ui.ConferencePage;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.checkin.CheckinResult;
import vn.hoinghi.checkin.CheckinService;
import vn.hoinghi.health.HealthDeclarationService;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.CurrentUser;

/**
 * The gate: a USB or handheld scanner types a code and Enter into the one big field, which keeps the focus; the
 * verdict fills the area below with its colour and sound, and stays until the next scan. People without their
 * invitation are found by name or phone. A phone's camera can scan too. The gate's recent check-ins are listed;
 * the committee can annul one.
 */
@Route(ConferencePath.ROUTE + "/gate")
@Menu(title = "nav.gate", order = 210, icon = "vaadin:qrcode")
@RolesAllowed({AppRoles.ADMIN, AppRoles.STAFF, AppRoles.GATE})
class GateView extends Div implements BeforeEnterObserver, TranslatedTitle {

    static final String GATE_ATTRIBUTE = "hoinghi.gate";

    private final CheckinService checkins;
    private final HealthDeclarationService health;
    private final DelegateService delegates;
    private final ConferenceService conferences;
    private final Clock clock;
    private final TextField gate = new TextField();
    private final TextField code = new TextField();
    private final ResultPanel result = new ResultPanel();
    private DoorSearch search;
    private RecentCheckins recent;
    private HealthPanel declaration;
    private Conference conference;

    GateView(CheckinService checkins, HealthDeclarationService health, DelegateService delegates,
             ConferenceService conferences, Clock clock) {
        this.checkins = checkins;
        this.health = health;
        this.delegates = delegates;
        this.conferences = conferences;
        this.clock = clock;
        addClassName("hn-gate");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        conference = ConferencePage.enter(event, conferences::open).orElse(null);
        if (conference == null) {
            return;
        }
        removeAll();
        search = new DoorSearch(delegates, conference.id(), this::checkInFound);
        recent = new RecentCheckins(checkins, conference.id(), clock,
                CurrentUser.hasRole(AppRoles.ADMIN) || CurrentUser.hasRole(AppRoles.STAFF), this::refocus);
        long id = conference.id();
        HealthDesk desk = new HealthDesk((ask, answers) -> health.declare(id, ask, answers, gateName()),
                declaration -> health.clear(declaration, gateName()));
        declaration = new HealthPanel(desk, CurrentUser.hasRole(AppRoles.ADMIN) || CurrentUser.hasRole(AppRoles.STAFF),
                result, this::show, this::refocus);
        Div side = new Div(search, recent);
        side.addClassName("hn-gate-side");
        add(scanBar(), result, declaration, side);
        recent.show(gateName());
    }

    private Div scanBar() {
        H2 title = new H2(getTranslation("nav.gate"));
        title.addClassName("hn-gate-title");
        gate.setLabel(getTranslation("gate.name"));
        gate.setPlaceholder(getTranslation("gate.defaultName"));
        gate.addClassName("hn-gate-gatename");
        gate.setValue(rememberedGate());
        gate.addValueChangeListener(e -> {
            VaadinSession.getCurrent().setAttribute(GATE_ATTRIBUTE, gateName());
            recent.show(gateName());
        });

        code.setLabel(getTranslation("gate.code"));
        code.setPlaceholder(getTranslation("gate.code.placeholder"));
        code.setPrefixComponent(VaadinIcon.QRCODE.create());
        code.addClassName("hn-gate-code");
        code.setAutofocus(true);
        code.setWidthFull();
        code.getElement().setAttribute("autocomplete", "off");
        code.getElement().setAttribute("autocapitalize", "off");
        code.getElement().setAttribute("autocorrect", "off");
        code.getElement().setAttribute("spellcheck", "false");
        code.getElement().setAttribute("enterkeyhint", "go");
        // The value travels with the Enter key itself, so a fast scanner's last characters are never lost.
        code.getElement().addEventListener("keydown", e -> scan(e.getEventData().path("element.value").asString("")))
                .setFilter("event.key === 'Enter'")
                .addEventData("element.value");

        Div top = new Div(title, gate);
        top.addClassName("hn-gate-top");
        Div bar = new Div(top, code, new CameraPanel(this::scan));
        bar.addClassName("hn-gate-scan");
        return bar;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        GateScripts.keepFocus(code);
    }

    private void scan(String text) {
        code.clear();
        if (SearchKey.clean(text) == null) {
            refocus();
            return;
        }
        if (!declaration.handle(health.beforeScan(conference.id(), text))) {
            show(checkins.scan(conference.id(), text, gateName()));
        }
    }

    private void checkInFound(Delegate delegate) {
        if (!declaration.handle(health.beforeFound(conference.id(), delegate.id()))) {
            show(checkins.checkInFound(conference.id(), delegate.id(), gateName()));
        }
    }

    private void show(CheckinResult outcome) {
        declaration.close();
        result.show(outcome);
        GateScripts.sound(this, outcome.reason());
        recent.show(gateName());
        search.refresh();
        refocus();
    }

    private void refocus() {
        GateScripts.clearAndFocus(code);
    }

    /** The gate as typed, or the default when the field is left empty. */
    private String gateName() {
        String name = SearchKey.clean(gate.getValue());
        return name == null ? getTranslation("gate.defaultName") : name;
    }

    private String rememberedGate() {
        Object remembered = VaadinSession.getCurrent().getAttribute(GATE_ATTRIBUTE);
        return remembered instanceof String s ? s : getTranslation("gate.defaultName");
    }
}
