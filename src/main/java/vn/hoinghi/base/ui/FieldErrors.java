package vn.hoinghi.base.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;

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

    /**
     * Runs a save. A service's refusal is shown at the fields (what has no field, and a conflict with another
     * editor, as a notification); returns whether it saved.
     */
    public static boolean save(Map<String, ? extends HasValidation> fields, Runnable save) {
        try {
            save.run();
            clear(fields);
            return true;
        } catch (ValidationException e) {
            String rest = show(e.fieldErrors(), fields);
            if (!rest.isEmpty()) {
                Notifications.error(rest);
            }
        } catch (VersionConflictException e) {
            Notifications.error(e.getMessage());
        }
        return false;
    }
}
