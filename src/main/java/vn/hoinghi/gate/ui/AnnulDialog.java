package vn.hoinghi.gate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ui.FieldErrors;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.checkin.Checkin;
import vn.hoinghi.checkin.CheckinService;

/** Asks why a check-in is undone (the service refuses without a reason, after 15 minutes, and for gate accounts). */
class AnnulDialog extends Dialog {

    final TextField reason = new TextField();
    final Button confirm = new Button();

    AnnulDialog(CheckinService checkins, Checkin checkin, Runnable onAnnulled, Runnable onClose) {
        setHeaderTitle(getTranslation("gate.annul.title"));
        setWidth("min(28rem, 95vw)");
        reason.setLabel(getTranslation("gate.annul.reason"));
        reason.setPlaceholder(getTranslation("gate.annul.reason.placeholder"));
        reason.setWidthFull();
        reason.setAutofocus(true);
        add(new Paragraph(getTranslation("gate.annul.what", checkin.attendeeName(),
                Times.TIME.format(Times.local(checkin.at())), checkin.gate())), reason);
        confirm.setText(getTranslation("gate.annul.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(e -> {
            if (FieldErrors.save(Map.of("reason", reason), () -> checkins.annul(checkin.id(), reason.getValue()))) {
                Notifications.success(getTranslation("gate.annul.done", checkin.attendeeName()));
                onAnnulled.run();
                close();
            }
        });
        Button cancel = new Button(getTranslation("action.close"), e -> close());
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                onClose.run();
            }
        });
    }
}
