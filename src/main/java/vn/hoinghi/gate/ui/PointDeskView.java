package vn.hoinghi.gate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.ui.ConferencePage;
import vn.hoinghi.base.ui.LiveUpdates;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.checkin.CheckinResult;
import vn.hoinghi.checkin.CheckinService;
import vn.hoinghi.health.HealthDeclarationService;
import vn.hoinghi.health.PointHealthService;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.point.ConnectionStatus;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.point.PointService;
import vn.hoinghi.point.PointState;
import vn.hoinghi.point.PointSummary;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.CurrentUser;

/**
 * A remote point's desk, made for the coordinator's phone: report the video link's state in one tap, check the
 * point's delegates in by scanning or ticking their names, and report how many people are in the room. A coordinator
 * gets their own point; the committee can open any point's desk (?point=id) to stand in for one.
 */
@Route(ConferencePath.ROUTE + "/point-desk")
@Menu(title = "nav.pointDesk", order = 215, icon = "vaadin:phone")
@RolesAllowed({AppRoles.ADMIN, AppRoles.STAFF, AppRoles.POINT})
class PointDeskView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final PointDayService pointDay;
    private final PointService points;
    private final DelegateService delegates;
    private final CheckinService checkins;
    private final PointHealthService pointHealth;
    private final HealthDeclarationService health;
    private final ConferenceService conferences;
    private HealthPanel declaration;
    private final H2 title = new H2();
    private final Span counts = new Span();
    private final DeskStatusButtons status;
    private final TextField code = new TextField();
    private final ResultPanel result = new ResultPanel();
    private final DeskRoster roster = new DeskRoster(this::tick);
    private final IntegerField headcount = new IntegerField();
    private final Span lastHeadcount = new Span();
    private Conference conference;
    private MeetingPoint point;
    private boolean editingHeadcount; // a live refresh must not overwrite a number being typed

    PointDeskView(PointDayService pointDay, PointService points, DelegateService delegates, CheckinService checkins,
                  PointHealthService pointHealth, HealthDeclarationService health, ConferenceService conferences,
                  LiveHub hub) {
        this.pointHealth = pointHealth;
        this.health = health;
        this.pointDay = pointDay;
        this.points = points;
        this.delegates = delegates;
        this.checkins = checkins;
        this.conferences = conferences;
        this.status = new DeskStatusButtons(this::report);
        addClassName("hn-desk");
        LiveUpdates.follow(this, hub, () -> point == null ? null : point.conferenceId(), Set.of(LiveTopic.ATTENDANCE, LiveTopic.POINTS),
                this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        point = null;
        conference = ConferencePage.enter(event, conferences::open).orElse(null);
        if (conference == null) {
            return;
        }
        boolean committee = CurrentUser.hasRole(AppRoles.ADMIN) || CurrentUser.hasRole(AppRoles.STAFF);
        String asked = event.getLocation().getQueryParameters().getSingleParameter("point").orElse(null);
        point = asked != null && asked.matches("\\d{1,18}") ? pointDay.desk(Long.parseLong(asked))
                : committee ? null : pointDay.myPoint(conference.id()).orElse(null);
        if (point != null && point.conferenceId() != conference.id()) {
            point = null;
        }
        if (point == null) {
            add(new H2(getTranslation("nav.pointDesk")));
            if (committee) {
                add(pointChooser());
            } else {
                add(new Span(getTranslation("desk.noPoint")));
            }
            return;
        }
        title.setText(point.name());
        Div head = new Div(title, counts);
        head.addClassName("hn-desk-head");
        add(head, section("desk.connection", status), checkInSection(), section("desk.headcount", headcountForm()));
        refresh();
    }

    private Select<MeetingPoint> pointChooser() {
        Select<MeetingPoint> choose = new Select<>();
        choose.setLabel(getTranslation("desk.choose"));
        choose.setItems(pointDay.desks(conference.id()));
        choose.setItemLabelGenerator(MeetingPoint::name);
        choose.addValueChangeListener(e -> getUI().ifPresent(ui -> ui.navigate(ConferencePath.of(conference.id(),
                "point-desk"), QueryParameters.of("point", Long.toString(e.getValue().id())))));
        return choose;
    }

    private Div checkInSection() {
        code.setPlaceholder(getTranslation("gate.code.placeholder"));
        code.setWidthFull();
        code.getElement().setAttribute("autocomplete", "off");
        code.getElement().setAttribute("enterkeyhint", "go");
        code.getElement().addEventListener("keydown", e -> scan(e.getEventData().path("element.value").asString("")))
                .setFilter("event.key === 'Enter'")
                .addEventData("element.value");
        result.addClassName("hn-desk-result");
        long pointId = point.id();
        String pointName = point.name();
        HealthDesk desk = new HealthDesk((ask, answers) -> pointHealth.declare(pointId, ask, answers),
                referred -> health.clear(referred, pointName));
        declaration = new HealthPanel(desk, CurrentUser.hasRole(AppRoles.ADMIN) || CurrentUser.hasRole(AppRoles.STAFF),
                result, this::show, code::focus);
        return section("desk.checkin", code, new CameraPanel(this::scan), result, declaration, roster);
    }

    private Div headcountForm() {
        headcount.setStepButtonsVisible(true);
        headcount.setMin(0);
        headcount.addValueChangeListener(e -> editingHeadcount = e.isFromClient());
        headcount.setHelperText(getTranslation("desk.headcount.help"));
        Button save = new Button(getTranslation("action.save"), e -> saveHeadcount());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(headcount, save);
        form.addClassName("hn-desk-headcount");
        lastHeadcount.addClassName("hn-desk-headcount-last");
        return new Div(form, lastHeadcount);
    }

    private Div section(String titleKey, com.vaadin.flow.component.Component... content) {
        Div section = new Div(new H3(getTranslation(titleKey)));
        section.add(content);
        section.addClassName("hn-desk-section");
        return section;
    }

    private void report(ConnectionStatus chosen) {
        pointDay.setStatus(point.id(), chosen);
        refresh();
    }

    private void saveHeadcount() {
        try {
            pointDay.setHeadcount(point.id(), headcount.getValue());
            headcount.setInvalid(false);
            editingHeadcount = false;
            Notifications.success(getTranslation("desk.headcount.saved"));
            refresh();
        } catch (ValidationException e) {
            headcount.setErrorMessage(e.fieldErrors().get("headcount"));
            headcount.setInvalid(true);
        }
    }

    private void scan(String text) {
        code.clear();
        if (SearchKey.clean(text) != null) {
            if (!declaration.handle(pointHealth.beforeScan(point.id(), text))) {
                show(checkins.scanAtPoint(point.id(), text));
            }
        }
    }

    private void tick(Delegate d) {
        if (!declaration.handle(pointHealth.beforeTick(point.id(), d.id()))) {
            show(checkins.checkInAtPoint(point.id(), d.id()));
        }
    }

    private void show(CheckinResult outcome) {
        declaration.close();
        result.show(outcome);
        GateScripts.sound(this, outcome.reason());
        refresh();
    }

    private void refresh() {
        PointSummary s = pointDay.deskSummary(point.id());
        title.setText(s.point().name()); // renamed by the committee meanwhile
        counts.setText(getTranslation("desk.counts", s.checkedIn(), s.expected(), s.state().headcount() == null ? "–" : s.state().headcount()));
        status.show(s.state());
        if (!editingHeadcount) {
            headcount.setValue(s.state().headcount());
        }
        PointState state = s.state();
        lastHeadcount.setText(state.headcount() == null ? getTranslation("desk.headcount.none")
                : getTranslation("desk.headcount.last", state.headcount(),
                        Times.TIME.format(Times.local(state.headcountAt())), state.headcountBy()));
        roster.show(delegates.atPoint(point.id()));
    }
}
