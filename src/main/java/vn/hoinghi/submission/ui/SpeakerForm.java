package vn.hoinghi.submission.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import vn.hoinghi.base.ui.FieldErrors;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.submission.Contribution;
import vn.hoinghi.submission.SpeakerDraft;
import vn.hoinghi.submission.SubmissionService;

/**
 * Who speaks for the unit: name, title, minutes asked for, and the hall or a remote point. The unit fills it in; the
 * committee may correct it. Once the contribution is in the programme, saving updates its agenda item.
 */
class SpeakerForm extends FormLayout {

    private final TextField name = new TextField(getTranslation("contrib.speaker.name"));
    private final TextField title = new TextField(getTranslation("contrib.speaker.title"));
    private final IntegerField minutes = new IntegerField(getTranslation("contrib.speaker.minutes"));
    private final Select<MeetingPoint> point = new Select<>();

    SpeakerForm(SubmissionService submissions, Contribution c, List<MeetingPoint> points, Runnable onSaved) {
        addClassName("hn-speaker-form");
        getElement().setAttribute("data-contribution", Long.toString(c.id()));
        Map<String, HasValidation> fields = Map.of("name", name, "title", title, "minutes", minutes, "pointId", point);
        name.setValue(c.speakerName() == null ? "" : c.speakerName());
        title.setValue(c.speakerTitle() == null ? "" : c.speakerTitle());
        title.setPlaceholder(getTranslation("contrib.speaker.title.placeholder"));
        minutes.setValue(c.speakerMinutes());
        minutes.setMin(1);
        minutes.setMax(120);
        minutes.setStepButtonsVisible(true);
        point.setLabel(getTranslation("contrib.speaker.point"));
        point.setItems(points.stream().filter(p -> p.takesNew(c.speaksFromPointId())).toList());
        point.setItemLabelGenerator(p -> p.hall() ? getTranslation("contrib.hall") + " (" + p.name() + ")" : p.name());
        MeetingPoint hall = points.stream().filter(MeetingPoint::hall).findFirst().orElse(null);
        point.setValue(points.stream().filter(p -> c.speaksFromPointId() != null && p.id() == c.speaksFromPointId())
                .findFirst().orElse(hall));
        Button save = new Button(getTranslation("contrib.speaker.save"), e -> {
            if (FieldErrors.save(fields, () -> submissions.setSpeaker(c.id(), c.version(), draft()))) {
                Notifications.success(getTranslation(c.scheduled() ? "contrib.speaker.synced" : "contrib.speaker.saved"));
                onSaved.run();
            }
        });
        save.addClassName("hn-speaker-save");
        Div actions = new Div(save);
        add(name, title, minutes, point, actions);
        setColspan(title, 2);
        setColspan(actions, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
    }

    private SpeakerDraft draft() {
        MeetingPoint p = point.getValue();
        return new SpeakerDraft(name.getValue(), title.getValue(), minutes.getValue(),
                p == null || p.hall() ? null : p.id());
    }
}
