package vn.hoinghi.submission.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.hoinghi.base.ui.FieldErrors;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.submission.AssignmentDraft;
import vn.hoinghi.submission.AssignmentService;
import vn.hoinghi.submission.Contribution;
import vn.hoinghi.unit.Unit;
import vn.hoinghi.base.ui.Pickers;

/** Add or edit an assignment: which unit, on what, by when, and the committee's notes. */
class AssignmentDialog extends Dialog {

    private final ComboBox<Unit> unit = new ComboBox<>(getTranslation("contrib.field.unit"));
    private final TextArea topic = new TextArea(getTranslation("contrib.field.topic"));
    private final DatePicker deadline = Pickers.date(getTranslation("contrib.field.deadline"));
    private final TextArea notes = new TextArea(getTranslation("contrib.field.notes"));

    /** {@code onDelete} asks before deleting the contribution being edited. */
    AssignmentDialog(AssignmentService service, long conferenceId, Contribution c, List<Unit> units,
                     LocalDate defaultDeadline, Runnable onSaved, Runnable onDelete) {
        setHeaderTitle(getTranslation(c == null ? "contrib.add" : "contrib.edit"));
        setWidth("min(46rem, 100vw)");
        addClassName("hn-assignment-dialog");
        Map<String, HasValidation> fields = Map.of("unitId", unit, "topic", topic, "deadline", deadline, "notes", notes);
        unit.setItems(units);
        unit.setItemLabelGenerator(Unit::name);
        notes.setHelperText(getTranslation("contrib.field.notes.help"));
        if (c == null) {
            deadline.setValue(defaultDeadline);
        } else {
            units.stream().filter(u -> u.id() == c.unitId()).findFirst().ifPresent(unit::setValue);
            topic.setValue(c.topic());
            deadline.setValue(c.deadline());
            notes.setValue(c.notes() == null ? "" : c.notes());
        }
        FormLayout form = new FormLayout(unit, deadline, topic, notes);
        form.setColspan(topic, 2);
        form.setColspan(notes, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            AssignmentDraft draft = new AssignmentDraft(unit.getValue() == null ? null : unit.getValue().id(),
                    topic.getValue(), deadline.getValue(), notes.getValue());
            boolean saved = FieldErrors.save(fields, () -> {
                if (c == null) {
                    service.create(conferenceId, draft);
                } else {
                    service.update(c.id(), c.version(), draft);
                }
            });
            if (saved) {
                Notifications.success(getTranslation("saved"));
                close();
                onSaved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("hn-assignment-save");
        if (c != null) {
            Button delete = new Button(getTranslation("contrib.delete"), VaadinIcon.TRASH.create(), e -> {
                close();
                onDelete.run();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.addClassName("hn-assignment-delete");
            delete.getStyle().set("margin-inline-end", "auto");
            getFooter().add(delete);
        }
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
