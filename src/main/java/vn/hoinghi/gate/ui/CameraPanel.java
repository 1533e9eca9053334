package vn.hoinghi.gate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import java.util.function.Consumer;
import vn.hoinghi.base.ui.Notifications;

/** A switch for the camera: for a phone at the gate without a USB scanner. Off until asked for. */
class CameraPanel extends Div {

    private static final Set<String> KNOWN_ERRORS = Set.of("insecure", "NotAllowedError", "NotFoundError", "NotReadableError");

    final Button toggle = new Button();
    final CameraScanner scanner;
    private boolean running;

    CameraPanel(Consumer<String> onCode) {
        addClassName("hn-camera-panel");
        scanner = new CameraScanner(onCode, this::failed);
        scanner.setVisible(false);
        toggle.addClickListener(e -> set(!running));
        add(toggle, scanner);
        set(false);
    }

    private void set(boolean on) {
        running = on;
        scanner.setVisible(on);
        toggle.setText(getTranslation(on ? "gate.camera.off" : "gate.camera.on"));
        toggle.setIcon(on ? VaadinIcon.STOP.create() : VaadinIcon.CAMERA.create());
        if (on) {
            scanner.start();
        } else {
            scanner.stop();
        }
    }

    private void failed(String reason) {
        set(false);
        Notifications.error(getTranslation("gate.camera.error." + (KNOWN_ERRORS.contains(reason) ? reason : "other")));
    }
}
