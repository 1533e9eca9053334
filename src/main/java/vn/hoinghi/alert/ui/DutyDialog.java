package vn.hoinghi.alert.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import vn.hoinghi.alert.ClusterDuty;
import vn.hoinghi.alert.DutyDraft;
import vn.hoinghi.alert.DutyService;
import vn.hoinghi.base.ui.FieldErrors;

/** The technician on duty for one cluster (or the default row): name, phone, e-mail. */
class DutyDialog extends Dialog {

    DutyDialog(DutyService duties, long conferenceId, ClusterDuty duty, Runnable saved) {
        setHeaderTitle(duty.isDefault() ? getTranslation("alerts.duty.default")
                : getTranslation("alerts.duty.titleOf", duty.cluster()));
        setWidth("min(30rem, 100vw)");
        TextField technician = field("alerts.duty.technician", duty.technician(), 255);
        technician.setRequiredIndicatorVisible(true);
        TextField phone = field("alerts.duty.phone", duty.phone(), 30);
        TextField email = new TextField(getTranslation("alerts.duty.email"));
        email.setValue(duty.email() == null ? "" : duty.email());
        email.setMaxLength(255);
        email.setWidthFull();
        technician.addClassName("hn-duty-technician");
        phone.addClassName("hn-duty-phone");
        email.addClassName("hn-duty-email");
        add(technician, phone, email);
        Button save = new Button(getTranslation("action.save"), e -> FieldErrors.saveAndClose(this,
                Map.of("technician", technician, "phone", phone, "email", email),
                () -> duties.save(conferenceId, duty.cluster(),
                        new DutyDraft(technician.getValue(), phone.getValue(), email.getValue())), saved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("hn-duty-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        technician.focus();
    }

    private TextField field(String label, String value, int max) {
        TextField f = new TextField(getTranslation(label));
        f.setValue(value == null ? "" : value);
        f.setMaxLength(max);
        f.setWidthFull();
        return f;
    }
}
