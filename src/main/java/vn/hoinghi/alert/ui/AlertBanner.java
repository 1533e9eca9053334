package vn.hoinghi.alert.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import vn.hoinghi.alert.AlertLine;
import vn.hoinghi.alert.AlertService;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ui.LiveUpdates;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.live.LiveTopic;

/**
 * The alerts nobody has acknowledged yet, newest first, red at the top of the status wall and the technicians'
 * screen: kind, point, cluster, since when, who was told, and "Đã nắm" to acknowledge with a name. Follows ALERTS
 * live, with a sound when an alert it has not shown arrives.
 */
@StyleSheet("themes/hoinghi/alerts.css")
public class AlertBanner extends Div {

    private final AlertService alerts;
    private final Supplier<Long> conferenceId;
    private final Button soundOn = new Button();
    private final Div list = new Div();
    private final Set<Long> shown = new HashSet<>();
    private Registration navigation;

    AlertBanner(AlertService alerts, LiveHub hub, Supplier<Long> conferenceId) {
        this.alerts = alerts;
        this.conferenceId = conferenceId;
        addClassName("hn-alert-banner");
        soundOn.setText(getTranslation("alerts.soundOn"));
        soundOn.addClassName("hn-alert-sound-on");
        soundOn.addThemeVariants(ButtonVariant.LUMO_SMALL);
        list.addClassName("hn-alert-list");
        add(soundOn, list);
        LiveUpdates.follow(this, hub, conferenceId, Set.of(LiveTopic.ALERTS), this::refresh);
        addAttachListener(e -> {
            AlertSound.init(this, soundOn);
            refresh();
            navigation = e.getUI().addAfterNavigationListener(n -> refresh());
        });
        addDetachListener(e -> {
            if (navigation != null) {
                navigation.remove();
            }
        });
    }

    private void refresh() {
        Long conference = conferenceId.get();
        List<AlertLine> open;
        try {
            open = conference == null ? List.of() : alerts.open(conference);
        } catch (AccessDeniedException revoked) { // a screen link revoked: the screen reloads and shows it closed
            UI.getCurrent().getPage().reload();
            return;
        }
        list.removeAll();
        open.forEach(line -> list.add(row(conference, line)));
        boolean arrived = open.stream().anyMatch(line -> !shown.contains(line.alert().id()));
        open.forEach(line -> shown.add(line.alert().id()));
        setClassName("hn-alert-active", !open.isEmpty());
        if (arrived) {
            AlertSound.play(this);
        }
    }

    private Div row(long conference, AlertLine line) {
        Span kind = new Span(getTranslation("alerts.kind." + line.alert().kind()));
        kind.addClassName("hn-alert-kind");
        Span point = new Span(line.pointName());
        point.addClassName("hn-alert-point");
        Span cluster = new Span(line.cluster() == null || line.cluster().isBlank() ? getTranslation("alerts.noCluster")
                : line.cluster());
        cluster.addClassName("hn-alert-cluster");
        Span since = new Span(getTranslation("alerts.since",
                Times.local(line.alert().raisedAt()).format(Times.TIME)));
        since.addClassName("hn-alert-since");
        Span told = new Span(getTranslation("alerts.told", line.alert().notified() == null ? "—"
                : line.alert().notified()));
        told.addClassName("hn-alert-told");
        told.getElement().setAttribute("lang", "vi"); // the record is kept as written
        Button acknowledge = new Button(getTranslation("alerts.ack"), e -> new AcknowledgeDialog(alerts, conference,
                line, this::refresh).open());
        acknowledge.addClassName("hn-alert-ack");
        acknowledge.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        Div row = new Div(kind, point, cluster, since, told, acknowledge);
        row.addClassNames("hn-alert-row", "hn-alert-" + line.alert().kind());
        return row;
    }
}
