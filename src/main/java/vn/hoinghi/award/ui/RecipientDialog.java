package vn.hoinghi.award.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import vn.hoinghi.award.CeremonyRecipient;
import vn.hoinghi.award.CeremonyService;
import vn.hoinghi.award.DelegateSuggestion;
import vn.hoinghi.award.RecipientDraft;
import vn.hoinghi.base.ui.FieldErrors;
import vn.hoinghi.delegate.Delegate;

/**
 * One recipient in the ceremony: the delegate who receives for a collective (or who the person is among the
 * delegates; a name-matched suggestion comes pre-filled), a stand-in, and the batch it is called in.
 */
class RecipientDialog extends Dialog {

    final ComboBox<Delegate> delegate;
    final TextField standInName = new TextField();
    final TextField standInTitle = new TextField();
    final Select<Integer> batch = new Select<>();

    RecipientDialog(CeremonyService service, CeremonyRecipient r, DelegateSuggestion suggestion, List<Delegate> delegates,
                    int batches, Runnable onSaved) {
        setHeaderTitle(r.fullName());
        setWidth("min(40rem, 100vw)");
        addClassName("hn-recipient-dialog");
        delegate = DelegateChoice.of(delegates, r.delegateId() != null ? r.delegateId()
                : suggestion == null ? null : suggestion.delegateId());
        delegate.setLabel(getTranslation(r.collective() ? "ceremony.field.receiver" : "ceremony.field.delegate"));
        delegate.setHelperText(getTranslation(r.delegateId() == null && suggestion != null ? "ceremony.field.suggested"
                : r.collective() ? "ceremony.field.receiver.help" : "ceremony.field.delegate.help"));
        standInName.setLabel(getTranslation("ceremony.field.standInName"));
        standInName.setValue(r.standInName() == null ? "" : r.standInName());
        standInName.setMaxLength(255);
        standInTitle.setLabel(getTranslation("ceremony.field.standInTitle"));
        standInTitle.setValue(r.standInTitle() == null ? "" : r.standInTitle());
        standInTitle.setMaxLength(255);
        batch.setLabel(getTranslation("ceremony.col.batch"));
        batch.setItems(IntStream.rangeClosed(1, batches).boxed().toList());
        batch.setValue(r.batchNumber());
        FormLayout form = new FormLayout(delegate, standInName, standInTitle, batch);
        form.setColspan(delegate, 2);
        String line = r.titleAndUnit();
        add(new Paragraph(line == null ? r.proposingUnit() : line), form);
        Map<String, HasValidation> fields = Map.of("delegate", delegate, "standInName", standInName,
                "standInTitle", standInTitle, "batch", batch);
        Button save = new Button(getTranslation("action.save"), e -> FieldErrors.saveAndClose(this, fields,
                () -> service.setRecipient(r.nominationId(), r.version(), new RecipientDraft(delegate.getValue() == null
                        ? null : delegate.getValue().id(), standInName.getValue(), standInTitle.getValue(), batch.getValue())),
                onSaved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
