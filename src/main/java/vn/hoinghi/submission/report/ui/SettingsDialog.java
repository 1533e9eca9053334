package vn.hoinghi.submission.report.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.hoinghi.base.ui.FieldErrors;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.submission.report.ExpectedUnits;
import vn.hoinghi.submission.report.GeneralOutline;
import vn.hoinghi.submission.report.ReportFormService;
import vn.hoinghi.submission.report.ReportSettings;
import vn.hoinghi.submission.report.ReportTemplate;
import vn.hoinghi.unit.Unit;
import vn.hoinghi.base.ui.Pickers;
import vn.hoinghi.base.ui.ComponentTexts;

/** The reports' deadline, the units asked to report, and the outline shown to units. */
class SettingsDialog extends Dialog {

    private final DatePicker deadline = Pickers.date();
    private final MultiSelectComboBox<Unit> units = ComponentTexts.multiSelectComboBox();
    private final TextArea outline = new TextArea();

    SettingsDialog(ReportFormService forms, Conference conference, ReportSettings settings, List<Unit> directory,
                   Runnable onSaved) {
        setHeaderTitle(getTranslation("reports.settings"));
        setWidth("min(56rem, 100vw)");
        addClassName("hn-report-settings");
        deadline.setLabel(getTranslation("reports.settings.deadline"));
        deadline.setHelperText(getTranslation("reports.settings.deadline.help"));
        deadline.setClearButtonVisible(true);
        deadline.setWidth("18rem");
        deadline.setValue(settings.deadline());
        units.setLabel(getTranslation("reports.settings.units"));
        units.setItems(directory);
        units.setItemLabelGenerator(Unit::name);
        units.setWidthFull();
        units.setValue(directory.stream().filter(u -> settings.expectedUnitIds().contains(u.id())).collect(Collectors.toSet()));
        Button suggest = new Button(getTranslation("reports.settings.suggest"), VaadinIcon.MAGIC.create(),
                e -> units.setValue(new HashSet<>(ExpectedUnits.suggested(directory))));
        suggest.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        outline.setLabel(getTranslation("reports.settings.outline"));
        outline.setHelperText(getTranslation("reports.settings.outline.help"));
        outline.setWidthFull();
        outline.setHeight("18rem");
        outline.setValue(settings.outline() == null ? "" : settings.outline());
        Button general = new Button(getTranslation("reports.settings.outlineGeneral"), VaadinIcon.FILE_TEXT_O.create(),
                e -> outline.setValue(GeneralOutline.of(conference)));
        Button template = new Button(getTranslation("reports.settings.outlineTemplate"), VaadinIcon.FILE_TEXT_O.create(),
                e -> outline.setValue(ReportTemplate.QUANG_TRI_2021.outline()));
        general.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        template.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(deadline, units, new HorizontalLayout(suggest), outline, new HorizontalLayout(general, template));
        Map<String, HasValidation> fields = Map.of("outline", outline, "units", units);
        Button save = new Button(getTranslation("action.save"), e -> {
            boolean saved = FieldErrors.save(fields, () -> forms.saveSettings(settings.conferenceId(), settings.version(),
                    deadline.getValue(), outline.getValue(),
                    units.getValue().stream().map(Unit::id).collect(Collectors.toSet())));
            if (saved) {
                Notifications.success(getTranslation("saved"));
                close();
                onSaved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("hn-settings-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
