package vn.hoinghi.base.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.Map;

/** Shows a service's per-field messages at the fields themselves. */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    /** Returns the messages that have no field to show them at. */
    public static String show(Map<String, String> errors, Map<String, ? extends HasValidation> fields) {
        clear(fields);
        StringBuilder unplaced = new StringBuilder();
        errors.forEach((name, message) -> {
            HasValidation field = fields.get(name);
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                unplaced.append(message).append(' ');
            }
        });
        return unplaced.toString().strip();
    }
}
