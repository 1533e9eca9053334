package vn.hoinghi.submission.report.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import vn.hoinghi.base.ui.FieldErrors;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.submission.report.FieldDraft;
import vn.hoinghi.submission.report.FieldKind;
import vn.hoinghi.submission.report.ReportField;
import vn.hoinghi.submission.report.ReportFormService;

/** Add or edit a row of the data form: its number, text, kind, unit and level. */
class FieldDialog extends Dialog {

    private final TextField code = new TextField();
    private final TextArea label = new TextArea();
    private final Select<FieldKind> kind = new Select<>();
    private final TextField unitLabel = new TextField();
    private final Select<Integer> level = new Select<>();

    FieldDialog(ReportFormService forms, long conferenceId, ReportField field, Long afterId, Runnable onSaved) {
        setHeaderTitle(getTranslation(field == null ? "reports.form.add" : "reports.form.edit"));
        setWidth("min(44rem, 100vw)");
        addClassName("hn-field-dialog");
        Map<String, HasValidation> fields = Map.of("code", code, "label", label, "kind", kind, "unitLabel", unitLabel,
                "level", level);
        code.setLabel(getTranslation("reports.field.code"));
        code.setHelperText(getTranslation("reports.field.code.help"));
        label.setLabel(getTranslation("reports.field.label"));
        kind.setLabel(getTranslation("reports.field.kind"));
        kind.setItems(java.util.Arrays.stream(FieldKind.values()).filter(k -> k != FieldKind.TABLE).toList());
        kind.setItemLabelGenerator(k -> getTranslation("reports.kind." + k));
        unitLabel.setLabel(getTranslation("reports.field.unit"));
        unitLabel.setPlaceholder(getTranslation("submission.field.unitPlaceholder"));
        level.setLabel(getTranslation("reports.field.level"));
        level.setItems(0, 1, 2);
        level.setItemLabelGenerator(l -> getTranslation("reports.level." + l));
        FieldDraft d = field == null ? new FieldDraft(null, "", FieldKind.NUMBER, null, 1) : field.draft();
        code.setValue(d.code() == null ? "" : d.code());
        label.setValue(d.label());
        kind.setValue(d.kind());
        unitLabel.setValue(d.unitLabel() == null ? "" : d.unitLabel());
        level.setValue(d.level());
        unitLabel.setEnabled(d.kind().numeric());
        kind.addValueChangeListener(e -> unitLabel.setEnabled(e.getValue() != null && e.getValue().numeric()));
        FormLayout form = new FormLayout(code, kind, label, unitLabel, level);
        form.setColspan(label, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            FieldDraft draft = new FieldDraft(code.getValue(), label.getValue(), kind.getValue(), unitLabel.getValue(),
                    level.getValue() == null ? 1 : level.getValue());
            boolean saved = FieldErrors.save(fields, () -> {
                if (field == null) {
                    forms.addField(conferenceId, draft, afterId);
                } else {
                    forms.updateField(field.id(), field.version(), draft);
                }
            });
            if (saved) {
                Notifications.success(getTranslation("saved"));
                close();
                onSaved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("hn-field-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
