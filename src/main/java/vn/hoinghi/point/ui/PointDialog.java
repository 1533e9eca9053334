package vn.hoinghi.point.ui;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.base.ui.DeleteButton;
import vn.hoinghi.base.ui.FieldErrors;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointDraft;
import vn.hoinghi.point.PointKind;
import vn.hoinghi.point.PointService;

class PointDialog extends Dialog {

    private final TextField name = new TextField();
    private final TextField hostUnitName = new TextField();
    private final TextField room = new TextField();
    private final TextField technician = new TextField();
    private final TextField technicianPhone = new TextField();
    private final IntegerField expectedAttendees = new IntegerField();
    private final TextField meetingLink = new TextField();
    private final ClusterField cluster;
    private final Select<PointKind> kind = new Select<>();
    private final TextField technicianEmail = new TextField();

    PointDialog(PointService service, long conferenceId, MeetingPoint point, List<String> clusters, Runnable onSaved) {
        cluster = new ClusterField(clusters);
        setHeaderTitle(getTranslation(point == null ? "points.add" : "points.edit"));
        setWidth("min(44rem, 100vw)");
        Map<String, HasValidation> fields = Map.of("name", name, "hostUnitName", hostUnitName, "room", room,
                "technician", technician, "technicianPhone", technicianPhone, "expectedAttendees", expectedAttendees,
                "meetingLink", meetingLink, "cluster", cluster, "kind", kind, "technicianEmail", technicianEmail);
        fields.forEach((key, f) -> ((HasLabel) f).setLabel(getTranslation("points." + key)));
        if (point != null) {
            name.setValue(point.name());
            hostUnitName.setValue(orEmpty(point.hostUnitName()));
            room.setValue(orEmpty(point.room()));
            technician.setValue(orEmpty(point.technician()));
            technicianPhone.setValue(orEmpty(point.technicianPhone()));
            expectedAttendees.setValue(point.expectedAttendees());
            meetingLink.setValue(orEmpty(point.meetingLink()));
            cluster.choose(point.cluster());
            kind.setValue(point.kind());
            technicianEmail.setValue(orEmpty(point.technicianEmail()));
        }
        kind.setItems(Arrays.stream(PointKind.values()).filter(k -> (k == PointKind.HALL) == (point != null && point.hall()))
                .toList());
        kind.setItemLabelGenerator(k -> getTranslation("point.kind." + k));
        kind.setReadOnly(point != null && point.hall());
        FormLayout form = new FormLayout(name, hostUnitName, cluster, kind, room, technician, technicianPhone,
                technicianEmail, expectedAttendees, meetingLink);
        form.setColspan(name, 2);
        form.setColspan(meetingLink, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            PointDraft draft = new PointDraft(name.getValue(), hostUnitName.getValue(), room.getValue(),
                    technician.getValue(), technicianPhone.getValue(), expectedAttendees.getValue(), meetingLink.getValue(),
                    cluster.text(), kind.getValue(), technicianEmail.getValue());
            try {
                if (point == null) {
                    service.create(conferenceId, draft);
                } else {
                    service.update(point.id(), point.version(), draft);
                }
                Notifications.success(getTranslation("saved"));
                close();
                onSaved.run();
            } catch (ValidationException ex) {
                FieldErrors.show(ex.fieldErrors(), fields);
            } catch (VersionConflictException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (point != null && !point.hall()) {
            getFooter().add(new DeleteButton(getTranslation("points.delete.title"),
                    getTranslation("points.delete.text", point.name()), () -> service.delete(point.id(), point.version()),
                    () -> {
                        close();
                        onSaved.run();
                    }));
        }
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
