package vn.hoinghi.conference.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.function.LongFunction;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.ui.FieldErrors;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceDraft;
import vn.hoinghi.conference.ConferenceFormat;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.base.ui.Pickers;

/** The plan's facts. The service holds the rules; its messages show at the fields. */
class ConferenceDialog extends Dialog {

    final TextField title = new TextField();
    final TextField organizer = new TextField();
    final TextField planNumber = new TextField();
    final TextField province = new TextField();
    final TextField venue = new TextField();
    final ComboBox<ConferenceFormat> format = new ComboBox<>();
    final TextField formatNote = new TextField();
    final DateTimePicker startsAt = Pickers.dateTime();
    final DateTimePicker endsAt = Pickers.dateTime();
    final IntegerField expectedHallDelegates = new IntegerField();
    final TextArea signerBlock = new TextArea();
    final TextField signerName = new TextField();
    final DatePicker submissionDeadline = Pickers.date();
    final EmailField submissionEmail = new EmailField();
    final IntegerField pointSilenceMinutes = new IntegerField();
    final Button save = new Button();
    /** The award quotas are the awards page's; the plan's form leads there, as the plan lists them. */
    final Button saveAndSetQuotas = new Button();

    private final Binder<ConferenceDraft> binder = new Binder<>(ConferenceDraft.class);

    ConferenceDialog(ConferenceService service, Conference conference, Runnable onSaved) {
        setHeaderTitle(getTranslation(conference == null ? "conference.add" : "conference.edit"));
        setWidth("min(56rem, 100vw)");
        format.setItems(ConferenceFormat.values());
        format.setItemLabelGenerator(f -> getTranslation("format." + f));
        signerBlock.setPlaceholder(getTranslation("conference.signerBlock.example"));
        Map<String, HasValidation> fields = labelled();
        binder.bindInstanceFields(this);
        binder.setBean(conference == null ? new ConferenceDraft() : ConferenceDraft.of(conference));

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.add(title, 2);
        form.add(organizer, planNumber, province, venue, format, formatNote, startsAt, endsAt, expectedHallDelegates);
        form.add(new H4(getTranslation("conference.section.signer")), 2);
        form.add(signerBlock, signerName);
        form.add(new H4(getTranslation("conference.section.submissions")), 2);
        form.add(submissionDeadline, submissionEmail);
        form.add(new H4(getTranslation("conference.section.points")), 2);
        form.add(pointSilenceMinutes);
        add(form);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveThen(service, conference, fields, onSaved, ConferencePath::of,
                QueryParameters.empty()));
        saveAndSetQuotas.setText(getTranslation("conference.saveAndSetQuotas"));
        saveAndSetQuotas.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        saveAndSetQuotas.getStyle().set("margin-inline-end", "auto");
        saveAndSetQuotas.addClickListener(e -> saveThen(service, conference, fields, onSaved,
                id -> ConferencePath.of(id, "awards"), QueryParameters.of(ConferencePath.OPEN_QUOTAS, "1")));
        getFooter().add(saveAndSetQuotas, new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    /** Saves the plan; a new conference, or the award quotas asked for, then opens at {@code next}. */
    private void saveThen(ConferenceService service, Conference conference, Map<String, HasValidation> fields,
                          Runnable onSaved, LongFunction<String> next, QueryParameters query) {
        long[] saved = new long[1];
        UI ui = UI.getCurrent(); // the dialog leaves the UI when it closes
        FieldErrors.saveAndClose(this, fields, () -> {
            if (conference == null) {
                saved[0] = service.create(binder.getBean());
            } else {
                service.update(conference.id(), conference.version(), binder.getBean());
                saved[0] = conference.id();
            }
        }, () -> {
            onSaved.run();
            String path = next.apply(saved[0]);
            if (conference == null || !path.equals(ConferencePath.of(saved[0]))) {
                ui.navigate(path, query);
            }
        });
    }

    private Map<String, HasValidation> labelled() {
        Map<String, HasValidation> fields = new java.util.LinkedHashMap<>();
        label(fields, "title", title);
        label(fields, "organizer", organizer);
        label(fields, "planNumber", planNumber);
        label(fields, "province", province);
        label(fields, "venue", venue);
        label(fields, "format", format);
        label(fields, "formatNote", formatNote);
        label(fields, "startsAt", startsAt);
        label(fields, "endsAt", endsAt);
        label(fields, "expectedHallDelegates", expectedHallDelegates);
        label(fields, "signerBlock", signerBlock);
        label(fields, "signerName", signerName);
        label(fields, "submissionDeadline", submissionDeadline);
        label(fields, "submissionEmail", submissionEmail);
        label(fields, "pointSilenceMinutes", pointSilenceMinutes);
        pointSilenceMinutes.setStepButtonsVisible(true);
        pointSilenceMinutes.setHelperText(getTranslation("conference.pointSilenceMinutes.help"));
        return fields;
    }

    private <F extends com.vaadin.flow.component.HasLabel & HasValidation> void label(
            Map<String, HasValidation> fields, String name, F field) {
        field.setLabel(getTranslation("conference." + name));
        fields.put(name, field);
    }
}
