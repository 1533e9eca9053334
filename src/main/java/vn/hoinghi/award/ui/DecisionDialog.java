package vn.hoinghi.award.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import vn.hoinghi.award.AwardDecision;
import vn.hoinghi.award.DecisionDraft;
import vn.hoinghi.award.DecisionService;
import vn.hoinghi.award.Nomination;
import vn.hoinghi.base.ui.FieldErrors;
import vn.hoinghi.base.ui.Pickers;

/** A new decision with the accepted nominations chosen, or the number, date and signer of an existing one. */
class DecisionDialog extends Dialog {

    final TextField number = new TextField();
    final DatePicker signedOn = Pickers.date();
    final TextField issuer = new TextField();
    final TextArea signerTitle = new TextArea();
    final TextField signerName = new TextField();
    final Button save = new Button();
    private final Map<String, HasValidation> fields = Map.of("number", number, "signedOn", signedOn, "issuer", issuer,
            "signerTitle", signerTitle, "signerName", signerName);

    /** {@code decision} null: a new one with {@code accepted}; else an edit of that decision's header. */
    DecisionDialog(DecisionService decisions, long conferenceId, AwardDecision decision, List<Nomination> accepted,
                   Runnable onSaved) {
        setHeaderTitle(getTranslation(decision == null ? "awards.decision.new" : "awards.decision.edit"));
        setWidth("min(44rem, 100vw)");
        DecisionDraft start = decision == null
                ? decisions.suggestion(conferenceId, accepted.isEmpty() ? null : accepted.getFirst().form())
                : new DecisionDraft(decision.number(), decision.signedOn(), decision.issuer(), decision.signerTitle(),
                        decision.signerName());
        number.setLabel(getTranslation("awards.decision.number"));
        number.setPlaceholder(getTranslation("award.placeholder.decisionNumber"));
        number.setValue(start.number() == null ? "" : start.number());
        signedOn.setLabel(getTranslation("awards.decision.date"));
        signedOn.setValue(start.signedOn());
        issuer.setLabel(getTranslation("awards.decision.issuer"));
        issuer.setValue(start.issuer() == null ? "" : start.issuer());
        signerTitle.setLabel(getTranslation("awards.decision.signerTitle"));
        signerTitle.setValue(start.signerTitle() == null ? "" : start.signerTitle());
        signerName.setLabel(getTranslation("awards.decision.signerName"));
        signerName.setValue(start.signerName() == null ? "" : start.signerName());
        FormLayout form = new FormLayout(number, signedOn, issuer, signerTitle, signerName);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        form.setColspan(issuer, 2);
        if (decision == null) {
            long collectives = accepted.stream().filter(n -> n.type() == vn.hoinghi.award.RecipientType.COLLECTIVE).count();
            add(new Paragraph(getTranslation("awards.decision.contains", accepted.size(), collectives,
                    accepted.size() - collectives)));
        }
        add(form);
        save.setText(getTranslation(decision == null ? "awards.decision.create" : "action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(decision != null || !accepted.isEmpty());
        save.addClickListener(e -> {
            DecisionDraft draft = new DecisionDraft(number.getValue(), signedOn.getValue(), issuer.getValue(),
                    signerTitle.getValue(), signerName.getValue());
            FieldErrors.saveAndClose(this, fields, () -> {
                if (decision == null) {
                    decisions.create(conferenceId, draft, accepted.stream().map(Nomination::id).toList());
                } else {
                    decisions.update(decision.id(), decision.version(), draft);
                }
            }, onSaved);
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
