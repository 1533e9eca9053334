package vn.hoinghi.award.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import vn.hoinghi.award.AwardSettings;
import vn.hoinghi.award.QuotaDraft;
import vn.hoinghi.award.QuotaService;
import vn.hoinghi.award.RecipientType;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.base.ui.Pickers;

/** The conference's award forms with their two quotas, and the units' deadline. */
class QuotaDialog extends Dialog {

    final DateTimePicker deadline = Pickers.dateTime();
    final VerticalLayout rows = new VerticalLayout();
    final List<Row> forms = new ArrayList<>();
    final Button save = new Button();

    record Row(String previous, TextField form, IntegerField collectives, IntegerField individuals, HorizontalLayout line) {
        QuotaDraft draft() {
            return new QuotaDraft(previous, form.getValue(), collectives.getValue(), individuals.getValue());
        }
    }

    QuotaDialog(QuotaService quotas, AwardSettings settings, Runnable onSaved) {
        setHeaderTitle(getTranslation("awards.quota.title"));
        setWidth("min(52rem, 100vw)");
        addClassName("hn-quota-dialog");
        rows.setPadding(false);
        rows.setSpacing(false);
        settings.forms().forEach(f -> addRow(f, number(settings, f, RecipientType.COLLECTIVE),
                number(settings, f, RecipientType.INDIVIDUAL)));
        if (forms.isEmpty()) {
            addRow(null, null, null);
        }
        Button more = new Button(getTranslation("awards.quota.addForm"), VaadinIcon.PLUS.create(), e -> addRow(null, null, null));
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        deadline.setLabel(getTranslation("awards.quota.deadline"));
        deadline.setHelperText(getTranslation("awards.quota.deadlineHelp"));
        deadline.setValue(Times.local(settings.deadline()));
        add(new Paragraph(getTranslation("awards.quota.help")), rows, more, deadline);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                quotas.save(settings.conferenceId(), settings.version(), Times.fromLocal(deadline.getValue()),
                        forms.stream().map(Row::draft).toList());
                Notifications.success(getTranslation("saved"));
                close();
                onSaved.run();
            } catch (ValidationException | VersionConflictException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void addRow(String form, Integer collectives, Integer individuals) {
        TextField name = new TextField(getTranslation("awards.col.form"));
        name.setPlaceholder(getTranslation("award.placeholder.form"));
        name.setValue(form == null ? "" : form);
        name.setWidth("24rem");
        IntegerField c = number("awards.quota.collectives", collectives);
        IntegerField i = number("awards.quota.individuals", individuals);
        HorizontalLayout line = new HorizontalLayout(name, c, i);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        Row row = new Row(form, name, c, i, line);
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            forms.remove(row);
            rows.remove(line);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("awards.quota.removeForm"));
        line.add(remove);
        forms.add(row);
        rows.add(line);
    }

    private IntegerField number(String key, Integer value) {
        IntegerField f = new IntegerField(getTranslation(key));
        f.setMin(0);
        f.setStepButtonsVisible(true);
        f.setWidth("9rem");
        f.setValue(value == null ? 0 : value);
        return f;
    }

    private static int number(AwardSettings s, String form, RecipientType type) {
        return s.quotas().stream().filter(q -> q.form().equals(form) && q.type() == type).mapToInt(q -> q.quota()).sum();
    }
}
