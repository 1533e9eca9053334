package vn.hoinghi.delegate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import vn.hoinghi.base.ui.FieldErrors;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.InvitationStatus;

/** The parts of an existing delegate beyond the form: who comes instead, the invitation answer, withdrawal. */
class DelegateExtras extends VerticalLayout {

    DelegateExtras(DelegateService service, Delegate d, Runnable onDone) {
        setPadding(false);
        TextField name = new TextField(getTranslation("substitute.name"));
        TextField title = new TextField(getTranslation("substitute.title"));
        TextField phone = new TextField(getTranslation("substitute.phone"));
        name.setValue(d.substituteName() == null ? "" : d.substituteName());
        title.setValue(d.substituteTitle() == null ? "" : d.substituteTitle());
        phone.setValue(d.substitutePhone() == null ? "" : d.substitutePhone());
        Button saveSubstitute = new Button(getTranslation("substitute.save"), e -> act(onDone, () ->
                service.setSubstitute(d.id(), d.version(), name.getValue(), title.getValue(), phone.getValue()),
                Map.of("substitutePhone", phone, "substituteName", name)));
        FormLayout form = new FormLayout(name, title, phone, saveSubstitute);
        Details substitute = new Details(getTranslation("substitute.section"), new Span(getTranslation("substitute.help")), form);
        substitute.setOpened(d.hasSubstitute());

        Span status = new Span(getTranslation("delegates.status") + ": " + getTranslation("invitation." + d.invitationStatus()));
        Button confirmed = small("invitation.markConfirmed", () -> service.setStatus(List.of(d.id()), InvitationStatus.CONFIRMED), onDone);
        Button declined = small("invitation.markDeclined", () -> service.setStatus(List.of(d.id()), InvitationStatus.DECLINED), onDone);
        Button reissue = small("delegates.reissue", () -> service.reissueCode(d.id()), onDone);
        reissue.setTooltipText(getTranslation("delegates.reissue.help"));
        Button withdraw = d.withdrawn()
                ? small("delegates.restore", () -> service.restore(d.id(), d.version()), onDone)
                : small("delegates.withdraw", () -> service.withdraw(d.id(), d.version()), onDone);
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout buttons = new HorizontalLayout(confirmed, declined, reissue, withdraw);
        buttons.setWrap(true);
        add(substitute, status, buttons);
    }

    private Button small(String key, Runnable action, Runnable onDone) {
        Button b = new Button(getTranslation(key), e -> act(onDone, action, Map.of()));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    private void act(Runnable onDone, Runnable action, Map<String, TextField> fields) {
        FieldErrors.save(fields, action, onDone);
    }
}
