package vn.hoinghi.gate.ui;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** What a USB scanner does to the focused code field in a browserless gate test: types the text, then Enter. */
final class ScannerKeyboard extends ComponentTester<TextField> {

    private ScannerKeyboard(TextField field) {
        super(field);
    }

    static void scan(TextField field, String text) {
        new ScannerKeyboard(field).typeThenEnter(text);
    }

    /** A component's visible text with its white space folded, as a person reads it. */
    static String text(Component c) {
        return c.getElement().getTextRecursively().replaceAll("\\s+", " ").strip();
    }

    private void typeThenEnter(String text) {
        setValueAsUser(text);
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("event.key === 'Enter'", true);
        data.put("element.value", text);
        fireDomEvent("keydown", data);
    }
}
