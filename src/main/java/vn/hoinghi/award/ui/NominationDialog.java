package vn.hoinghi.award.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import vn.hoinghi.award.Nomination;
import vn.hoinghi.award.NominationDraft;
import vn.hoinghi.award.RecipientType;
import vn.hoinghi.base.ui.FieldErrors;
import vn.hoinghi.unit.Unit;

/** Add or edit one nomination; for a stored one also its history and, for the committee, accept / refuse / withdraw. */
class NominationDialog extends Dialog {

    final RadioButtonGroup<RecipientType> type = new RadioButtonGroup<>();
    final ComboBox<String> form = new ComboBox<>();
    final ComboBox<Unit> proposer = new ComboBox<>();
    final TextField fullName = new TextField();
    final TextField title = new TextField();
    final TextField workUnit = new TextField();
    final TextArea achievement = new TextArea();
    final Button save = new Button();
    private final Map<String, HasValidation> fields = Map.of("form", form, "proposingUnit", proposer,
            "fullName", fullName, "title", title, "workUnit", workUnit, "achievement", achievement);

    NominationDialog(NominationContext context, Nomination n, Runnable onSaved) {
        setHeaderTitle(getTranslation(n == null ? "awards.add" : "awards.edit"));
        setWidth("min(48rem, 100vw)");
        boolean editable = n == null || context.canEdit(n);
        FormLayout layout = form(context, n);
        if (!editable) {
            for (com.vaadin.flow.component.HasValue<?, ?> f : List.of(type, form, proposer, fullName, title, workUnit,
                    achievement)) {
                f.setReadOnly(true);
            }
        }
        if (n == null) {
            add(layout);
        } else {
            TabSheet tabs = new TabSheet();
            tabs.add(getTranslation("awards.tab.details"), new Div(status(n), layout));
            HistoryGrid history = new HistoryGrid(false);
            history.setItems(context.history().of(n.id()));
            history.setAllRowsVisible(true);
            tabs.add(getTranslation("awards.tab.history"), history);
            tabs.setWidthFull();
            add(tabs);
        }
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel);
        if (n != null) {
            new NominationDialogActions(context, n, this::close, onSaved).addTo(getFooter());
        }
        if (editable) {
            save.setText(getTranslation("action.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save(context, n, onSaved));
            getFooter().add(save);
        }
    }

    private FormLayout form(NominationContext context, Nomination n) {
        type.setLabel(getTranslation("awards.col.type"));
        type.setItems(RecipientType.values());
        type.setItemLabelGenerator(t -> getTranslation("awards.type." + t));
        type.addValueChangeListener(e -> fullName.setLabel(getTranslation(
                e.getValue() == RecipientType.COLLECTIVE ? "awards.field.collectiveName" : "awards.field.personName")));
        form.setLabel(getTranslation("awards.col.form"));
        form.setItems(context.forms());
        proposer.setLabel(getTranslation("awards.col.proposer"));
        proposer.setItems(context.units());
        proposer.setItemLabelGenerator(Unit::name);
        proposer.setReadOnly(context.ownUnit() != null);
        title.setLabel(getTranslation("awards.field.title"));
        workUnit.setLabel(getTranslation("awards.field.workUnit"));
        achievement.setLabel(getTranslation("awards.col.achievement"));
        achievement.setMaxLength(2000);
        achievement.setMinHeight("7rem");
        type.setValue(n == null ? RecipientType.INDIVIDUAL : n.type());
        form.setValue(n != null ? n.form() : context.forms().isEmpty() ? null : context.forms().getFirst());
        Long unitId = n != null ? Long.valueOf(n.proposingUnitId()) : context.ownUnit() == null ? null : context.ownUnit().id();
        context.units().stream().filter(u -> unitId != null && u.id() == unitId).findFirst().ifPresent(proposer::setValue);
        if (n != null) {
            fullName.setValue(n.fullName());
            title.setValue(n.title() == null ? "" : n.title());
            workUnit.setValue(n.workUnit() == null ? "" : n.workUnit());
            achievement.setValue(n.achievement());
        }
        FormLayout layout = new FormLayout(type, proposer, form, fullName, title, workUnit, achievement);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        layout.setColspan(form, 2);
        layout.setColspan(fullName, 2);
        layout.setColspan(achievement, 2);
        return layout;
    }

    private Div status(Nomination n) {
        Div line = new Div(AwardBadges.status(n));
        line.addClassName("hn-award-status-line");
        if (n.refusalReason() != null) {
            line.add(new Span(getTranslation("awards.reasonShown", n.refusalReason())));
        }
        if (n.decisionNumber() != null) {
            line.add(new Span(getTranslation("awards.inDecision", n.decisionNumber())));
        }
        return line;
    }

    private void save(NominationContext context, Nomination n, Runnable onSaved) {
        NominationDraft draft = new NominationDraft(type.getValue(), form.getValue(),
                proposer.getValue() == null ? null : proposer.getValue().id(), fullName.getValue(), title.getValue(),
                workUnit.getValue(), achievement.getValue());
        FieldErrors.saveAndClose(this, fields, () -> {
            if (n == null) {
                context.nominations().create(context.conferenceId(), draft);
            } else {
                context.nominations().update(n.id(), n.version(), draft);
            }
        }, onSaved);
    }
}
