package vn.hoinghi.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
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
        } catch (AccessDeniedException e) {
            Notifications.error(UI.getCurrent().getTranslation("refused.text"));
        }
        return false;
    }

    /** The same; when it saved, says so and runs {@code then}. */
    public static void save(Map<String, ? extends HasValidation> fields, Runnable save, Runnable then) {
        if (save(fields, save)) {
            Notifications.success(UI.getCurrent().getTranslation("saved"));
            then.run();
        }
    }

    /** A dialog's save: when it saved, says so, closes the dialog and runs {@code onSaved}. */
    public static void saveAndClose(Dialog dialog, Map<String, ? extends HasValidation> fields, Runnable save,
                                    Runnable onSaved) {
        save(fields, save, () -> {
            dialog.close();
            onSaved.run();
        });
    }
}
