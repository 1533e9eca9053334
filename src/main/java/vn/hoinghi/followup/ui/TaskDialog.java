package vn.hoinghi.followup.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import vn.hoinghi.base.ui.FieldErrors;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.followup.FollowUpService;
import vn.hoinghi.followup.FollowUpTask;
import vn.hoinghi.followup.TaskDraft;
import vn.hoinghi.followup.TaskOrigin;
import vn.hoinghi.followup.TaskStatus;
import vn.hoinghi.unit.Unit;
import vn.hoinghi.base.ui.Pickers;

/** Add or edit a task: where it comes from, what, who leads and cooperates, by when, and how far it is. */
class TaskDialog extends Dialog {

    private final Select<TaskOrigin> origin = new Select<>();
    private final TextArea content = new TextArea();
    private final ComboBox<Unit> lead = new ComboBox<>();
    private final TextField cooperating = new TextField();
    private final DatePicker deadline = Pickers.date();
    private final Select<TaskStatus> status = new Select<>();
    private final DatePicker doneOn = Pickers.date();
    private final TextArea resultNote = new TextArea();
    private final Paragraph preview = new Paragraph();

    TaskDialog(FollowUpService service, long conferenceId, FollowUpTask task, TaskOrigin newOrigin, List<Unit> units,
               Runnable onSaved) {
        setHeaderTitle(getTranslation(task == null ? "tasks.add" : "tasks.edit"));
        setWidth("min(50rem, 100vw)");
        addClassName("hn-task-dialog");
        Map<String, HasValidation> fields = Map.of("origin", origin, "content", content, "leadUnitId", lead,
                "cooperating", cooperating, "deadline", deadline, "status", status, "doneOn", doneOn,
                "resultNote", resultNote);
        origin.setLabel(getTranslation("tasks.field.origin"));
        origin.setItems(TaskOrigin.values());
        origin.setItemLabelGenerator(o -> getTranslation("tasks.tab." + o));
        content.setLabel(getTranslation("tasks.field.content"));
        content.setHelperText(getTranslation("tasks.field.content.help"));
        lead.setLabel(getTranslation("tasks.field.lead"));
        lead.setItems(units);
        lead.setItemLabelGenerator(Unit::name);
        cooperating.setLabel(getTranslation("tasks.field.cooperating"));
        deadline.setLabel(getTranslation("tasks.field.deadline"));
        deadline.setClearButtonVisible(true);
        status.setLabel(getTranslation("tasks.field.status"));
        status.setItems(TaskStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("tasks.status." + s));
        doneOn.setLabel(getTranslation("tasks.field.doneOn"));
        resultNote.setLabel(getTranslation("tasks.field.resultNote"));
        preview.addClassName("hn-task-preview");
        if (task == null) {
            origin.setValue(newOrigin);
            status.setValue(TaskStatus.NOT_STARTED);
        } else {
            origin.setValue(task.origin());
            origin.setReadOnly(true);
            content.setValue(task.content());
            units.stream().filter(u -> u.id() == task.leadUnitId()).findFirst().ifPresent(lead::setValue);
            cooperating.setValue(task.cooperating() == null ? "" : task.cooperating());
            deadline.setValue(task.deadline());
            status.setValue(task.status());
            doneOn.setValue(task.doneOn());
            resultNote.setValue(task.resultNote() == null ? "" : task.resultNote());
        }
        doneOn.setVisible(status.getValue() == TaskStatus.DONE);
        status.addValueChangeListener(e -> doneOn.setVisible(e.getValue() == TaskStatus.DONE));
        List.of(content, cooperating).forEach(f -> f.addValueChangeListener(e -> preview()));
        lead.addValueChangeListener(e -> preview());
        deadline.addValueChangeListener(e -> preview());
        preview();
        FormLayout form = new FormLayout(origin, lead, content, cooperating, deadline, status, doneOn, resultNote);
        form.setColspan(content, 2);
        form.setColspan(cooperating, 2);
        form.setColspan(resultNote, 2);
        add(form, preview);
        Button save = new Button(getTranslation("action.save"), e -> {
            boolean saved = FieldErrors.save(fields, () -> {
                if (task == null) {
                    service.create(conferenceId, draft());
                } else {
                    service.update(task.id(), task.version(), draft());
                }
            });
            if (saved) {
                Notifications.success(getTranslation("saved"));
                close();
                onSaved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("hn-task-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private TaskDraft draft() {
        return new TaskDraft(origin.getValue(), content.getValue(), lead.getValue() == null ? null : lead.getValue().id(),
                cooperating.getValue(), deadline.getValue(), status.getValue(), doneOn.getValue(), resultNote.getValue());
    }

    /** The sentence the conclusion notice will print for this task. */
    private void preview() {
        Unit unit = lead.getValue();
        boolean ready = unit != null && !content.getValue().isBlank();
        preview.setVisible(ready);
        if (ready) {
            String with = cooperating.getValue().isBlank() ? null : cooperating.getValue().strip();
            FollowUpTask shown = new FollowUpTask(0, 0, origin.getValue(), 0, content.getValue(), unit.id(), unit.name(),
                    with, deadline.getValue(), status.getValue(), null, null, 0);
            preview.setText(getTranslation("tasks.preview", shown.assignment()));
        }
    }
}
