package vn.hoinghi.invitation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.RsvpAnswer;
import vn.hoinghi.delegate.RsvpAnswer.Choice;
import vn.hoinghi.invitation.RsvpInvitation;

/** The delegate's answer as recorded, and the three ways to give or change it. */
class AnswerPanel extends Div {

    private final Delegate delegate;
    private final Consumer<RsvpAnswer> onAnswer;
    private final Div actions = new Div();
    private SubstituteForm form;

    AnswerPanel(RsvpInvitation invitation, boolean justAnswered, Consumer<RsvpAnswer> onAnswer) {
        this.delegate = invitation.delegate();
        this.onAnswer = onAnswer;
        addClassName("hn-rsvp-answer");
        add(status(invitation, justAnswered));

        Button confirm = button("rsvp.confirm", () -> answer(Choice.CONFIRM),
                ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button decline = button("rsvp.decline", () -> answer(Choice.DECLINE));
        Button substitute = button("rsvp.substitute", this::openForm);
        actions.add(confirm, decline, substitute);
        actions.addClassName("hn-rsvp-actions");
        add(actions);
        if (invitation.answered()) {
            actions.setVisible(false);
            Button change = button("rsvp.change", () -> actions.setVisible(true), ButtonVariant.LUMO_TERTIARY);
            change.addClickListener(e -> change.setVisible(false));
            addComponentAtIndex(1, change);
        }
    }

    /** Shows the service's field messages in the substitute form; returns those no field takes. */
    String showErrors(Map<String, String> errors) {
        if (form == null) {
            openForm();
        }
        return form.showErrors(errors);
    }

    private Div status(RsvpInvitation invitation, boolean justAnswered) {
        String status = invitation.answered() ? delegate.invitationStatus().name() : "NONE";
        Div box = new Div();
        box.addClassNames("hn-rsvp-status", "hn-rsvp-status--" + status.toLowerCase(Locale.ROOT));
        Span label = new Span(getTranslation("rsvp.answer"));
        label.addClassName("hn-rsvp-status-label");
        Span value = new Span(getTranslation("rsvp.status." + status));
        value.addClassName("hn-rsvp-status-value");
        box.add(label, value);
        if (delegate.hasSubstitute()) {
            box.add(new Paragraph(Stream.of(delegate.substituteName(), delegate.substituteTitle(),
                    delegate.substitutePhone()).filter(Objects::nonNull).collect(Collectors.joining(", "))));
        }
        if (justAnswered) {
            Paragraph thanks = new Paragraph(getTranslation("rsvp.thanks"));
            thanks.addClassName("hn-rsvp-thanks");
            box.add(thanks);
        }
        return box;
    }

    private void answer(Choice choice) {
        onAnswer.accept(new RsvpAnswer(choice, null, null, null));
    }

    private void openForm() {
        if (form == null) {
            form = new SubstituteForm(delegate, onAnswer, this::closeForm);
            add(form);
        }
        actions.setVisible(false);
        form.name.focus();
    }

    private void closeForm() {
        remove(form);
        form = null;
        actions.setVisible(true);
    }

    private Button button(String key, Runnable action, ButtonVariant... variants) {
        Button b = new Button(getTranslation(key), e -> action.run());
        b.addThemeVariants(variants);
        return b;
    }
}
