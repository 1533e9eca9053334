package vn.hoinghi.delegate.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hoinghi.base.ui.FieldErrors;
import vn.hoinghi.delegate.CompositionGroup;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateDraft;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.Gender;
import vn.hoinghi.point.MeetingPoint;

/** Adds or edits one delegate; for an existing one also the substitute, withdrawal and a new QR code. */
class DelegateDialog extends Dialog {

    private final TextField fullName = new TextField();
    private final RadioButtonGroup<Gender> gender = new RadioButtonGroup<>();
    private final TextField title = new TextField();
    private final TextField unitName = new TextField();
    private final ComboBox<String> groupName = new ComboBox<>();
    private final ComboBox<MeetingPoint> point = new ComboBox<>();
    private final IntegerField protocolRank = new IntegerField();
    private final TextField phone = new TextField();
    private final TextField email = new TextField();
    private final TextArea notes = new TextArea();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final DelegateService service;
    private final Delegate delegate;
    private final Runnable onSaved;

    DelegateDialog(DelegateService service, DelegateActions actions, List<MeetingPoint> points,
                   List<CompositionGroup> groups, long conferenceId, Delegate delegate, Runnable onSaved) {
        this.service = service;
        this.delegate = delegate;
        this.onSaved = onSaved;
        setHeaderTitle(delegate == null ? getTranslation("delegates.add") : delegate.fullName());
        setWidth("min(48rem, 100vw)");
        gender.setItems(Gender.values());
        gender.setItemLabelGenerator(g -> getTranslation("gender." + g));
        groupName.setItems(groups.stream().map(CompositionGroup::name).toList());
        groupName.setAllowCustomValue(true);
        groupName.addCustomValueSetListener(e -> groupName.setValue(e.getDetail()));
        // A withdrawn point takes no new delegate; one already there keeps it.
        point.setItems(points.stream().filter(p -> !p.withdrawn() || delegate != null && p.id() == delegate.pointId())
                .toList());
        point.setItemLabelGenerator(MeetingPoint::name);
        protocolRank.setMin(1);
        protocolRank.setHelperText(getTranslation("delegates.rank.help"));
        fields.putAll(Map.of("fullName", fullName, "gender", gender, "title", title, "unitName", unitName,
                "groupName", groupName, "point", point, "protocolRank", protocolRank, "phone", phone, "email", email,
                "notes", notes));
        fields.forEach((key, f) -> ((com.vaadin.flow.component.HasLabel) f).setLabel(getTranslation("delegates." + key)));
        fill(delegate, points);
        FormLayout form = new FormLayout(fullName, gender, title, unitName, groupName, point, protocolRank, phone, email, notes);
        form.setColspan(title, 2);
        form.setColspan(notes, 2);
        add(form);
        if (delegate != null) {
            add(new DelegateExtras(service, delegate, () -> {
                close();
                onSaved.run();
            }));
        }
        Button save = new Button(getTranslation("action.save"), e -> save(conferenceId));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void fill(Delegate d, List<MeetingPoint> points) {
        if (d == null) {
            points.stream().filter(MeetingPoint::hall).findFirst().ifPresent(point::setValue);
            return;
        }
        DelegateDraft draft = DelegateDraft.of(d);
        fullName.setValue(draft.getFullName());
        gender.setValue(draft.getGender());
        title.setValue(orEmpty(draft.getTitle()));
        unitName.setValue(orEmpty(draft.getUnitName()));
        groupName.setValue(draft.getGroupName());
        points.stream().filter(p -> p.id() == d.pointId()).findFirst().ifPresent(point::setValue);
        protocolRank.setValue(draft.getProtocolRank());
        phone.setValue(orEmpty(draft.getPhone()));
        email.setValue(orEmpty(draft.getEmail()));
        notes.setValue(orEmpty(draft.getNotes()));
    }

    private void save(long conferenceId) {
        DelegateDraft draft = new DelegateDraft();
        draft.setFullName(fullName.getValue());
        draft.setGender(gender.getValue());
        draft.setTitle(title.getValue());
        draft.setUnitName(unitName.getValue());
        draft.setGroupName(groupName.getValue());
        draft.setPointId(point.getValue() == null ? null : point.getValue().id());
        draft.setProtocolRank(protocolRank.getValue());
        draft.setPhone(phone.getValue());
        draft.setEmail(email.getValue());
        draft.setNotes(notes.getValue());
        FieldErrors.saveAndClose(this, fields, () -> {
            if (delegate == null) {
                service.create(conferenceId, draft);
            } else {
                service.update(delegate.id(), delegate.version(), draft);
            }
        }, onSaved);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
