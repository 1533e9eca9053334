package vn.hoinghi.alert.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Set;
import vn.hoinghi.alert.AlertLine;
import vn.hoinghi.alert.AlertService;
import vn.hoinghi.alert.ClusterDuty;
import vn.hoinghi.alert.DutyService;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ui.Confirmations;
import vn.hoinghi.base.ui.ConferenceView;
import vn.hoinghi.base.ui.LiveUpdates;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.security.AppRoles;

/**
 * Who is on duty for each cluster of the conference's points (and the default row for the rest), then the alert log:
 * when, which point, what, who was told, when it cleared and who acknowledged it. Follows ALERTS live.
 */
@Route(ConferencePath.ROUTE + "/alerts")
@Menu(title = "nav.alerts", order = 225, icon = "vaadin:bell")
@RolesAllowed({AppRoles.ADMIN, AppRoles.STAFF})
@StyleSheet("themes/hoinghi/alerts.css")
class AlertsView extends ConferenceView<Conference> implements TranslatedTitle {

    private final AlertService alerts;
    private final DutyService duties;
    final Grid<ClusterDuty> roster = new Grid<>();
    final Grid<AlertLine> log = new Grid<>();

    AlertsView(AlertService alerts, DutyService duties, ConferenceService conferences, LiveHub hub) {
        super(conferences::open);
        this.alerts = alerts;
        this.duties = duties;
        addClassName("hn-alerts");
        roster.addClassName("hn-duty-grid");
        roster.addColumn(d -> d.isDefault() ? getTranslation("alerts.duty.default") : d.cluster())
                .setHeader(getTranslation("alerts.duty.cluster")).setFlexGrow(2);
        roster.addColumn(d -> d.staffed() ? d.technician() : getTranslation("alerts.duty.nobody"))
                .setHeader(getTranslation("alerts.duty.technician")).setFlexGrow(2);
        roster.addColumn(d -> d.phone() == null ? "" : d.phone()).setHeader(getTranslation("alerts.duty.phone"))
                .setAutoWidth(true).setFlexGrow(0);
        roster.addColumn(d -> d.email() == null ? "" : d.email()).setHeader(getTranslation("alerts.duty.email"))
                .setFlexGrow(2);
        roster.addComponentColumn(this::dutyActions).setAutoWidth(true).setFlexGrow(0);
        roster.setAllRowsVisible(true);
        roster.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);

        log.addClassName("hn-alert-log");
        log.addColumn(l -> time(l.alert().raisedAt())).setHeader(getTranslation("alerts.log.time"))
                .setAutoWidth(true).setFlexGrow(0);
        log.addColumn(AlertLine::pointName).setHeader(getTranslation("alerts.log.point")).setFlexGrow(2);
        log.addColumn(l -> l.cluster() == null ? "" : l.cluster()).setHeader(getTranslation("alerts.duty.cluster"))
                .setFlexGrow(1);
        log.addColumn(l -> getTranslation("alerts.kind." + l.alert().kind())).setHeader(getTranslation("alerts.log.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        log.addColumn(l -> l.alert().notified() == null ? "" : l.alert().notified())
                .setHeader(getTranslation("alerts.log.told")).setFlexGrow(2);
        log.addColumn(l -> time(l.alert().clearedAt())).setHeader(getTranslation("alerts.log.cleared"))
                .setAutoWidth(true).setFlexGrow(0);
        log.addComponentColumn(this::acknowledged).setHeader(getTranslation("alerts.log.acknowledged")).setFlexGrow(2);
        log.setEmptyStateText(getTranslation("alerts.log.empty"));
        log.setAllRowsVisible(true);
        log.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // who was told, whole
        LiveUpdates.follow(this, hub, () -> conference == null ? null : conference.id(), Set.of(LiveTopic.ALERTS),
                this::refresh);
    }

    @Override
    protected void build() {
        Paragraph hint = new Paragraph(getTranslation("alerts.duty.hint"));
        hint.addClassName("hn-hint");
        add(new H2(getTranslation("nav.alerts")), new H3(getTranslation("alerts.duty.title")), hint, roster,
                new H3(getTranslation("alerts.log.title")), log);
        refresh();
    }

    private void refresh() {
        if (conference == null) {
            return;
        }
        roster.setItems(duties.roster(conference.id()));
        log.setItems(alerts.log(conference.id()));
    }

    private Component dutyActions(ClusterDuty duty) {
        Button edit = new Button(getTranslation(duty.staffed() ? "action.edit" : "alerts.duty.assign"),
                e -> new DutyDialog(duties, conference.id(), duty, this::refresh).open());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.addClassName("hn-duty-edit");
        if (!duty.staffed()) {
            return edit;
        }
        String who = duty.isDefault() ? getTranslation("alerts.duty.default") : duty.cluster();
        Button remove = new Button(getTranslation("alerts.duty.remove"), e -> Confirmations.ask(
                getTranslation("alerts.duty.removeTitle"), getTranslation("alerts.duty.removeText", duty.technician(), who),
                getTranslation("alerts.duty.remove"), confirmed -> {
                    duties.remove(conference.id(), duty.cluster());
                    refresh();
                }).open());
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new Span(edit, remove);
    }

    private Component acknowledged(AlertLine line) {
        if (line.alert().acknowledgedAt() != null) {
            return new Span(line.alert().acknowledgedBy() + " · " + time(line.alert().acknowledgedAt()));
        }
        if (line.alert().clearedAt() != null) {
            return new Span();
        }
        Button ack = new Button(getTranslation("alerts.ack"), e -> new AcknowledgeDialog(alerts, conference.id(), line,
                this::refresh).open());
        ack.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        ack.addClassName("hn-alert-ack");
        return ack;
    }

    private static String time(Instant at) {
        return at == null ? "" : Times.DATE_TIME.format(Times.local(at));
    }
}
