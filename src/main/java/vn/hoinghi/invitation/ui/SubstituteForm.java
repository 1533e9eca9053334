package vn.hoinghi.invitation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import vn.hoinghi.base.ui.FieldErrors;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.RsvpAnswer;

/** "Cử người dự thay": who comes instead, with their position and phone. The service checks the values. */
class SubstituteForm extends Div {

    final TextField name = new TextField();
    final TextField title = new TextField();
    final TextField phone = new TextField();
    final Button send = new Button();
    private final Map<String, HasValidation> fields = Map.of(
            "substituteName", name, "substituteTitle", title, "substitutePhone", phone);

    SubstituteForm(Delegate delegate, Consumer<RsvpAnswer> onSend, Runnable onCancel) {
        addClassName("hn-rsvp-form");
        name.setLabel(getTranslation("rsvp.substitute.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(RsvpAnswer.NAME_LENGTH);
        title.setLabel(getTranslation("rsvp.substitute.title"));
        title.setMaxLength(RsvpAnswer.TITLE_LENGTH);
        phone.setLabel(getTranslation("rsvp.substitute.phone"));
        phone.setAllowedCharPattern("[0-9+ .()\\-]");
        phone.setMaxLength(20);
        name.setValue(orEmpty(delegate.substituteName()));
        title.setValue(orEmpty(delegate.substituteTitle()));
        phone.setValue(orEmpty(delegate.substitutePhone()));
        for (TextField f : new TextField[] {name, title, phone}) {
            f.setWidthFull();
        }

        send.setText(getTranslation("rsvp.substitute.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> onSend.accept(new RsvpAnswer(RsvpAnswer.Choice.SUBSTITUTE,
                name.getValue(), title.getValue(), phone.getValue())));
        Button cancel = new Button(getTranslation("action.cancel"), e -> onCancel.run());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div buttons = new Div(send, cancel);
        buttons.addClassName("hn-rsvp-actions");

        H2 heading = new H2(getTranslation("rsvp.substitute.heading"));
        heading.addClassName("hn-rsvp-form-heading");
        add(heading, name, title, phone, buttons);
    }

    /** Shows the service's messages at their fields; returns those that belong to no field. */
    String showErrors(Map<String, String> errors) {
        return FieldErrors.show(errors, fields);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
