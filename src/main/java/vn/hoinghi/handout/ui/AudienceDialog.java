package vn.hoinghi.handout.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.ui.ComponentTexts;
import vn.hoinghi.delegate.CompositionGroup;
import vn.hoinghi.handout.Handout;
import vn.hoinghi.handout.HandoutAudience;
import vn.hoinghi.handout.HandoutService;

/** One document's title and whom it is for: all delegates, those at the hall, or the composition groups chosen here. */
class AudienceDialog extends Dialog {

    AudienceDialog(HandoutService handouts, Handout handout, List<CompositionGroup> groups, Runnable onSaved) {
        setHeaderTitle(getTranslation("handout.edit.title"));
        TextField title = new TextField(getTranslation("handout.title"));
        title.setValue(handout.title());
        title.setMaxLength(HandoutService.MAX_TITLE);
        title.setWidthFull();
        RadioButtonGroup<HandoutAudience> audience = new RadioButtonGroup<>(getTranslation("handout.audience"));
        audience.setItems(HandoutAudience.values());
        audience.setItemLabelGenerator(a -> getTranslation("handout.audience." + a.name()));
        audience.setValue(handout.audience());
        MultiSelectComboBox<CompositionGroup> chosen = ComponentTexts.multiSelectComboBox();
        chosen.setLabel(getTranslation("handout.audience.groups"));
        chosen.setItems(groups);
        chosen.setItemLabelGenerator(CompositionGroup::name);
        chosen.setWidthFull();
        chosen.setValue(groups.stream().filter(g -> handout.groupIds().contains(g.id())).collect(Collectors.toSet()));
        chosen.setEnabled(handout.audience() == HandoutAudience.GROUPS);
        audience.addValueChangeListener(e -> chosen.setEnabled(e.getValue() == HandoutAudience.GROUPS));
        Button save = new Button(getTranslation("action.save"), e -> {
            Set<Long> ids = chosen.getValue().stream().map(CompositionGroup::id).collect(Collectors.toSet());
            try {
                if (!title.getValue().equals(handout.title())) {
                    handouts.rename(handout.conferenceId(), handout.id(), title.getValue());
                }
                handouts.setAudience(handout.conferenceId(), handout.id(), audience.getValue(), ids);
                close();
                onSaved.run();
            } catch (ValidationException ex) {
                String titleError = ex.fieldErrors().get("title");
                title.setErrorMessage(titleError);
                title.setInvalid(titleError != null);
                chosen.setErrorMessage(ex.fieldErrors().get("groups"));
                chosen.setInvalid(ex.fieldErrors().containsKey("groups"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(title, audience, chosen);
        setWidth("32rem");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
