package vn.hoinghi.award.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** "Không duyệt": the reason is required; it is kept with the nomination and in the audit log. */
class RefuseDialog extends Dialog {

    final TextArea reason = new TextArea();

    RefuseDialog(String name, int count, Consumer<String> onRefuse) {
        setHeaderTitle(getTranslation("awards.refuse.title"));
        setWidth("min(32rem, 100vw)");
        reason.setLabel(getTranslation("awards.refuse.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setMinHeight("6rem");
        add(new Paragraph(name != null ? getTranslation("awards.refuse.one", name)
                : getTranslation("awards.refuse.many", count)), reason);
        Button refuse = new Button(getTranslation("awards.refuse"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("awards.refuse.needReason"));
                reason.setInvalid(true);
                return;
            }
            close();
            onRefuse.accept(reason.getValue());
        });
        refuse.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), refuse);
    }
}
