package vn.hoinghi.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * For what changes with time alone, without any event to push (a point that stays silent): the browser asks the
 * server every so often while the view is on screen, and the view refreshes. One small request per open view.
 */
public final class Polling {

    private Polling() {
    }

    /** Runs {@code refresh} (on the UI's thread, as its user) every {@code millis} while {@code view} is attached. */
    public static void every(Component view, int millis, Runnable refresh) {
        Registration[] poll = new Registration[1];
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            ui.setPollInterval(millis);
            poll[0] = ui.addPollListener(e -> refresh.run());
        });
        view.addDetachListener(detach -> {
            detach.getUI().setPollInterval(-1);
            if (poll[0] != null) {
                poll[0].remove();
                poll[0] = null;
            }
        });
    }
}
