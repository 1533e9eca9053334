package vn.hoinghi.gate.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.function.Consumer;

/**
 * The camera as a QR scanner (frontend/camera-scanner.ts, decoding with ZXing in the browser). Each decoded text
 * comes back to the server, where the gate treats it exactly like a code typed by a USB scanner. Browsers allow
 * the camera only over HTTPS (or on localhost).
 */
@Tag("hn-camera-scanner")
@NpmPackage(value = "@zxing/browser", version = "0.2.1")
@JsModule("./camera-scanner.ts")
class CameraScanner extends Component implements HasStyle {

    CameraScanner(Consumer<String> onCode, Consumer<String> onError) {
        addClassName("hn-camera");
        getElement().addEventListener("code-scanned", e -> onCode.accept(e.getEventData().path("event.detail.text").asString("")))
                .addEventData("event.detail.text");
        getElement().addEventListener("camera-error", e -> onError.accept(e.getEventData().path("event.detail.reason").asString("")))
                .addEventData("event.detail.reason");
    }

    void start() {
        getElement().callJsFunction("start");
    }

    void stop() {
        getElement().callJsFunction("stop");
    }
}
