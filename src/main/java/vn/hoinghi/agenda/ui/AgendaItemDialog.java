package vn.hoinghi.agenda.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import vn.hoinghi.agenda.AgendaDraft;
import vn.hoinghi.agenda.AgendaItem;
import vn.hoinghi.agenda.AgendaKind;
import vn.hoinghi.agenda.AgendaService;
import vn.hoinghi.base.ui.FieldErrors;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.point.MeetingPoint;

/** Add or edit one item: kind, title, presenter (a delegate or free text), minutes, where from, script, notes. */
class AgendaItemDialog extends Dialog {

    private final Select<AgendaKind> kind = new Select<>();
    private final TextField title = new TextField();
    private final ComboBox<Delegate> presenterDelegate = new ComboBox<>();
    private final TextField presenter = new TextField();
    private final TextField unitName = new TextField();
    private final IntegerField plannedMinutes = new IntegerField();
    private final Select<MeetingPoint> point = new Select<>();
    private final TextArea script = new TextArea();
    private final TextArea notes = new TextArea();

    AgendaItemDialog(AgendaService service, long conferenceId, AgendaItem item, List<MeetingPoint> points,
                     List<Delegate> delegates, Runnable onSaved) {
        setHeaderTitle(getTranslation(item == null ? "agenda.add" : "agenda.edit"));
        setWidth("min(52rem, 100vw)");
        addClassName("hn-agenda-dialog");
        Map<String, HasValidation> fields = Map.of("kind", kind, "title", title, "presenterDelegateId", presenterDelegate,
                "presenter", presenter, "unitName", unitName, "plannedMinutes", plannedMinutes, "pointId", point,
                "script", script, "notes", notes);
        kind.setLabel(getTranslation("agenda.field.kind"));
        kind.setItems(AgendaKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("agenda.kind." + k));
        title.setLabel(getTranslation("agenda.field.title"));
        presenterDelegate.setLabel(getTranslation("agenda.field.presenterDelegate"));
        presenterDelegate.setItems(delegates);
        presenterDelegate.setItemLabelGenerator(d -> d.title() == null ? d.fullName() : d.fullName() + " – " + d.title());
        presenterDelegate.setClearButtonVisible(true);
        presenterDelegate.addValueChangeListener(e -> {
            presenter.setEnabled(e.getValue() == null);
            if (e.getValue() != null && e.isFromClient()) {
                presenter.clear();
                if (unitName.isEmpty() && e.getValue().unitName() != null) {
                    unitName.setValue(e.getValue().unitName());
                }
            }
        });
        presenter.setLabel(getTranslation("agenda.field.presenter"));
        unitName.setLabel(getTranslation("agenda.field.unitName"));
        plannedMinutes.setLabel(getTranslation("agenda.field.plannedMinutes"));
        plannedMinutes.setMin(1);
        plannedMinutes.setMax(600);
        plannedMinutes.setStepButtonsVisible(true);
        point.setLabel(getTranslation("agenda.field.point"));
        point.setItems(points.stream().filter(p -> p.takesNew(item == null ? null : item.pointId())).toList());
        point.setItemLabelGenerator(p -> p.hall() ? getTranslation("agenda.hall") + " (" + p.name() + ")" : p.name());
        script.setLabel(getTranslation("agenda.field.script"));
        script.setMinHeight("8rem");
        notes.setLabel(getTranslation("agenda.field.notes"));
        MeetingPoint hall = points.stream().filter(MeetingPoint::hall).findFirst().orElse(null);
        if (item == null) {
            kind.setValue(AgendaKind.SPEECH);
            plannedMinutes.setValue(10);
            point.setValue(hall);
        } else {
            kind.setValue(item.kind());
            title.setValue(item.title());
            delegates.stream().filter(d -> item.presenterDelegateId() != null && d.id() == item.presenterDelegateId())
                    .findFirst().ifPresent(presenterDelegate::setValue);
            if (item.presenterDelegateId() == null && item.presenter() != null) {
                presenter.setValue(item.presenter());
            }
            unitName.setValue(item.unitName() == null ? "" : item.unitName());
            plannedMinutes.setValue(item.plannedMinutes());
            point.setValue(points.stream().filter(p -> item.pointId() == null ? p.hall() : p.id() == item.pointId())
                    .findFirst().orElse(hall));
            script.setValue(item.script() == null ? "" : item.script());
            notes.setValue(item.notes() == null ? "" : item.notes());
        }
        FormLayout form = new FormLayout(kind, plannedMinutes, title, presenterDelegate, presenter, unitName, point,
                script, notes);
        form.setColspan(title, 2);
        form.setColspan(point, 2);
        form.setColspan(script, 2);
        form.setColspan(notes, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            MeetingPoint p = point.getValue();
            AgendaDraft draft = new AgendaDraft(kind.getValue(), title.getValue(),
                    presenterDelegate.getValue() == null ? null : presenterDelegate.getValue().id(), presenter.getValue(),
                    unitName.getValue(), plannedMinutes.getValue(), p == null || p.hall() ? null : p.id(),
                    script.getValue(), notes.getValue());
            FieldErrors.saveAndClose(this, fields, () -> {
                if (item == null) {
                    service.create(conferenceId, draft);
                } else {
                    service.update(item.id(), item.version(), draft);
                }
            }, onSaved);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
