package vn.hoinghi.health.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hoinghi.base.ui.FieldErrors;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.health.HealthSettings;
import vn.hoinghi.health.HealthSettingsService;

/** The switch "Khai báo y tế tại cổng" and its 1–5 questions; blank question fields are left out. */
class HealthSettingsDialog extends Dialog {

    final Checkbox enabled = new Checkbox();
    final List<TextField> questions = new ArrayList<>();
    final Button defaults = new Button();
    final Button save = new Button();

    HealthSettingsDialog(HealthSettingsService service, Conference conference, Runnable onSaved) {
        HealthSettings current = service.get(conference.id());
        setHeaderTitle(getTranslation("health.settings.title"));
        setWidth("min(44rem, 100vw)");
        addClassName("hn-health-settings");
        enabled.setLabel(getTranslation("health.settings.enabled"));
        enabled.setValue(current.enabled());
        Paragraph help = new Paragraph(getTranslation("health.settings.help"));
        help.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(new Paragraph(conference.title()), enabled, help);
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        for (int i = 0; i < HealthSettings.MAX_QUESTIONS; i++) {
            TextField q = new TextField(getTranslation("health.settings.question", i + 1));
            q.setWidthFull();
            q.setMaxLength(HealthSettings.MAX_LENGTH + 50);
            q.setPlaceholder(getTranslation("health.settings.question.unused"));
            q.setValue(i < current.questions().size() ? current.questions().get(i) : "");
            questions.add(q);
            fields.put("question" + (i + 1), q);
            add(q);
        }
        fields.put("questions", questions.getLast());

        defaults.setText(getTranslation("health.settings.defaults"));
        defaults.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        defaults.addClickListener(e -> {
            List<String> d = HealthSettings.DEFAULT_QUESTIONS;
            for (int i = 0; i < questions.size(); i++) {
                questions.get(i).setValue(i < d.size() ? d.get(i) : "");
            }
        });
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            FieldErrors.saveAndClose(this, fields, () -> service.save(conference.id(), current.version(),
                    enabled.getValue(), questions.stream().map(TextField::getValue).toList()), onSaved);
        });
        getFooter().add(defaults, new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
