package vn.hoinghi.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;

/**
 * "Xóa" in an edit dialog: asks first, naming the record, then deletes. A refusal (something still refers to the
 * record, or someone changed it meanwhile) is shown as the service words it, and nothing is deleted.
 */
public class DeleteButton extends Button {

    public DeleteButton(String title, String question, Runnable delete, Runnable deleted) {
        setText(getTranslation("action.delete"));
        addThemeVariants(ButtonVariant.LUMO_ERROR);
        getStyle().set("margin-inline-end", "auto"); // apart from save and cancel
        addClickListener(e -> {
            ConfirmDialog confirm = Confirmations.ask(title, question, getTranslation("action.delete"),
                    ok -> delete(delete, deleted));
            confirm.setConfirmButtonTheme("error primary");
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.open();
        });
    }

    private void delete(Runnable delete, Runnable deleted) {
        try {
            delete.run();
        } catch (ValidationException | VersionConflictException e) {
            Notifications.error(e.getMessage());
            return;
        }
        Notifications.success(getTranslation("deleted"));
        deleted.run();
    }
}
