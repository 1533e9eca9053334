package vn.hoinghi.base.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import vn.hoinghi.base.Texts;

/**
 * Questions asked before an action. ConfirmDialog's own buttons read "Confirm", "Cancel" and "Reject" in English
 * whatever the page's language, so every one is made here with its buttons worded in the page's language; the
 * caller words the confirm button for its action.
 */
public final class Confirmations {

    private Confirmations() {
    }

    /** A cancelable question; the caller sets header, text and the confirm button. */
    public static ConfirmDialog ask() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setConfirmText(Texts.t("components.confirm.confirm"));
        dialog.setRejectText(Texts.t("components.confirm.reject"));
        dialog.setCancelText(Texts.t("action.cancel"));
        dialog.setCancelable(true);
        return dialog;
    }

    public static ConfirmDialog ask(String header, String text, String confirmText,
                                    ComponentEventListener<ConfirmDialog.ConfirmEvent> onConfirm) {
        ConfirmDialog dialog = ask();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setConfirmButton(confirmText, onConfirm);
        return dialog;
    }
}
