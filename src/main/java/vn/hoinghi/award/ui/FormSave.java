package vn.hoinghi.award.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.base.ui.FieldErrors;
import vn.hoinghi.base.ui.Notifications;

/** Runs a form's save: the service's messages go to their fields, the others (conflicts, access) to a notification. */
final class FormSave {

    private FormSave() {
    }

    static void run(Runnable save, Map<String, ? extends HasValidation> fields, Runnable saved) {
        try {
            save.run();
            Notifications.success(I18n.text("saved"));
            saved.run();
        } catch (ValidationException ex) {
            String rest = FieldErrors.show(ex.fieldErrors(), fields);
            if (!rest.isEmpty()) {
                Notifications.error(rest);
            }
        } catch (VersionConflictException | org.springframework.security.access.AccessDeniedException ex) {
            Notifications.error(ex.getMessage());
        }
    }
}
