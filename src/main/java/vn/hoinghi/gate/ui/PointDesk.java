package vn.hoinghi.gate.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Comparator;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.ui.DeskContribution;
import vn.hoinghi.base.ui.LiveUpdates;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.checkin.CheckinResult;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.point.ConnectionStatus;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointState;
import vn.hoinghi.point.PointSummary;

/**
 * One point's desk, made for a phone: report the video link's state in one tap, check the point's delegates in by
 * scanning or ticking their names, and report how many people are in the room. The coordinator's page and the desk
 * link's page both show it. Once the services refuse the caller (a coordinator moved to another point, a desk link
 * revoked) the page reloads, and the reload says why.
 */
class PointDesk extends Div {

    private final DeskServices services;
    private final long pointId;
    private final H2 title = new H2();
    private final Span counts = new Span();
    private final DeskStatusButtons status;
    private final TextField code = new TextField();
    private final ResultPanel result = new ResultPanel();
    private final DeskRoster roster;
    private final IntegerField headcount = new IntegerField();
    private final Span lastHeadcount = new Span();
    private final HealthPanel declaration;
    private boolean editingHeadcount; // a live refresh must not overwrite a number being typed

    /** {@code committee}: may clear a referral to the medical desk (a coordinator or a desk link may not). */
    PointDesk(DeskServices services, MeetingPoint point, boolean committee) {
        this.services = services;
        this.pointId = point.id();
        this.status = new DeskStatusButtons(chosen -> guarded(() -> report(chosen)));
        this.roster = new DeskRoster(d -> guarded(() -> tick(d)));
        String pointName = point.name();
        HealthDesk desk = new HealthDesk((ask, answers) -> services.pointHealth().declare(pointId, ask, answers),
                referred -> services.health().clear(referred, pointName));
        declaration = new HealthPanel(desk, committee, result, this::show, code::focus);
        title.setText(point.name());
        Div head = new Div(title, counts);
        head.addClassName("hn-desk-head");
        add(head, section("desk.connection", status), checkInSection(), section("desk.headcount", headcountForm()));
        services.contributions().stream().sorted(Comparator.comparingInt(DeskContribution::order)).toList().reversed()
                .forEach(c -> addComponentAtIndex(1, c.create(point.conferenceId(), pointId, point.hall(), this::guarded)));
        long conferenceId = point.conferenceId();
        LiveUpdates.follow(this, services.hub(), () -> conferenceId,
                Set.of(LiveTopic.ATTENDANCE, LiveTopic.POINTS, LiveTopic.SCREENS), () -> guarded(this::refresh));
        refresh();
    }

    private Div checkInSection() {
        code.setPlaceholder(getTranslation("gate.code.placeholder"));
        code.setWidthFull();
        code.getElement().setAttribute("autocomplete", "off");
        code.getElement().setAttribute("enterkeyhint", "go");
        code.getElement().addEventListener("keydown",
                        e -> guarded(() -> scan(e.getEventData().path("element.value").asString(""))))
                .setFilter("event.key === 'Enter'")
                .addEventData("element.value");
        result.addClassName("hn-desk-result");
        return section("desk.checkin", code, new CameraPanel(text -> guarded(() -> scan(text))), result, declaration,
                roster);
    }

    private Div headcountForm() {
        headcount.setStepButtonsVisible(true);
        headcount.setMin(0);
        headcount.addValueChangeListener(e -> editingHeadcount = e.isFromClient());
        headcount.setHelperText(getTranslation("desk.headcount.help"));
        Button save = new Button(getTranslation("action.save"), e -> guarded(this::saveHeadcount));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(headcount, save);
        form.addClassName("hn-desk-headcount");
        lastHeadcount.addClassName("hn-desk-headcount-last");
        return new Div(form, lastHeadcount);
    }

    private Div section(String titleKey, Component... content) {
        Div section = new Div(new H3(getTranslation(titleKey)));
        section.add(content);
        section.addClassName("hn-desk-section");
        return section;
    }

    private void report(ConnectionStatus chosen) {
        services.pointDay().setStatus(pointId, chosen);
        refresh();
    }

    private void saveHeadcount() {
        try {
            services.pointDay().setHeadcount(pointId, headcount.getValue());
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
        if (SearchKey.clean(text) != null && !declaration.handle(services.pointHealth().beforeScan(pointId, text))) {
            show(services.checkins().scanAtPoint(pointId, text));
        }
    }

    private void tick(Delegate d) {
        if (!declaration.handle(services.pointHealth().beforeTick(pointId, d.id()))) {
            show(services.checkins().checkInAtPoint(pointId, d.id()));
        }
    }

    private void show(CheckinResult outcome) {
        declaration.close();
        result.show(outcome);
        GateScripts.sound(this, outcome.reason());
        refresh();
    }

    private void refresh() {
        PointSummary s = services.pointDay().deskSummary(pointId);
        title.setText(s.point().name()); // renamed by the committee meanwhile
        counts.setText(getTranslation("desk.counts", s.checkedIn(), s.expected(),
                s.state().headcount() == null ? "–" : s.state().headcount()));
        status.show(s.state());
        if (!editingHeadcount) {
            headcount.setValue(s.state().headcount());
        }
        PointState state = s.state();
        lastHeadcount.setText(state.headcount() == null ? getTranslation("desk.headcount.none")
                : getTranslation("desk.headcount.last", state.headcount(),
                        Times.TIME.format(Times.local(state.headcountAt())), state.headcountBy()));
        roster.show(services.delegates().atPoint(pointId));
    }

    /** An action or a refresh; once the caller may no longer run this desk, the page reloads and says why. */
    private void guarded(Runnable action) {
        try {
            action.run();
        } catch (AccessDeniedException refused) {
            UI.getCurrent().getPage().reload();
        }
    }
}
