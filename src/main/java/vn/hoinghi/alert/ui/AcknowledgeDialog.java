package vn.hoinghi.alert.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import vn.hoinghi.alert.AlertLine;
import vn.hoinghi.alert.AlertService;
import vn.hoinghi.base.ui.FieldErrors;
import vn.hoinghi.base.ui.Notifications;

/** "Đã nắm": who has the alert in hand, by name (the signed-in account's offered; a screen link must type one). */
class AcknowledgeDialog extends Dialog {

    private boolean first;

    AcknowledgeDialog(AlertService alerts, long conferenceId, AlertLine line, Runnable done) {
        setHeaderTitle(getTranslation("alerts.ack.title"));
        setWidth("min(28rem, 100vw)");
        add(new Paragraph(getTranslation("alerts.kind." + line.alert().kind()) + " — " + line.pointName()));
        TextField name = new TextField(getTranslation("alerts.ack.name"));
        name.setValue(alerts.suggestedName());
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(100);
        name.setWidthFull();
        name.addClassName("hn-alert-ack-name");
        add(name);
        Button save = new Button(getTranslation("alerts.ack"), e -> FieldErrors.saveAndClose(this, Map.of("name", name),
                () -> first = alerts.acknowledge(conferenceId, line.alert().id(), name.getValue()), () -> {
                    if (!first) {
                        Notifications.error(getTranslation("alerts.ack.already"));
                    }
                    done.run();
                }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("hn-alert-ack-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        name.focus();
    }
}
