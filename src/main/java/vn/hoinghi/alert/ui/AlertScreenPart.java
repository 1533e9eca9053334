package vn.hoinghi.alert.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Supplier;
import org.springframework.core.annotation.Order;
import vn.hoinghi.alert.AlertService;
import vn.hoinghi.base.ui.ScreenPart;
import vn.hoinghi.live.LiveHub;

/** The alerts' banner, first on the status wall and the technicians' screen. */
@org.springframework.stereotype.Component
@Order(0)
class AlertScreenPart implements ScreenPart {

    private final AlertService alerts;
    private final LiveHub hub;

    AlertScreenPart(AlertService alerts, LiveHub hub) {
        this.alerts = alerts;
        this.hub = hub;
    }

    @Override
    public Component create(Screen screen, Supplier<Long> conferenceId) {
        return new AlertBanner(alerts, hub, conferenceId);
    }
}
