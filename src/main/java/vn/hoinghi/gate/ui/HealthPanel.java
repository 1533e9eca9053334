package vn.hoinghi.gate.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.checkin.CheckinReason;
import vn.hoinghi.checkin.CheckinResult;
import vn.hoinghi.health.HealthDeclaration;
import vn.hoinghi.health.HealthStep;
import vn.hoinghi.delegate.Delegate;

/**
 * The health declaration at the gate, in the place of the verdict: the questions with big "Không" / "Có" buttons,
 * then the check-in (or the referral to the medical desk) goes to the verdict. For the committee, a delegate referred
 * earlier can be let in once the medical desk allows it. Keyboard: Enter/Space answer the focused button and the focus
 * moves on to the next question, then to "Xác nhận"; Esc cancels; a scanner typing a new code goes to the code field.
 */
@StyleSheet("themes/hoinghi/health.css")
class HealthPanel extends Div {

    static final String NO = "hn-health-no";
    static final String YES = "hn-health-yes";
    static final String CHOSEN = "hn-chosen";

    /** Printable keys other than Space mean a scanner (or someone) is typing a code: give them to the code field. */
    private static final String SCANNER_TYPING = """
            if (this.__hnScanner) { return; }
            this.__hnScanner = true;
            this.addEventListener('keydown', e => {
              if (e.key.length !== 1 || e.key === ' ' || e.ctrlKey || e.altKey || e.metaKey) { return; }
              const field = document.querySelector('vaadin-text-field.hn-gate-code');
              if (field) { field.focus(); }
            }, true);
            """;

    private final HealthDesk desk;
    private final boolean committee;
    private final Component verdict;
    private final Consumer<CheckinResult> onResult;
    private final Runnable onCancel;
    final List<Button> no = new ArrayList<>();
    final List<Button> yes = new ArrayList<>();
    Button confirm = new Button();
    Button cancel = new Button();
    private Boolean[] answers = new Boolean[0];

    HealthPanel(HealthDesk desk, boolean committee, Component verdict, Consumer<CheckinResult> onResult,
                Runnable onCancel) {
        this.desk = desk;
        this.committee = committee;
        this.verdict = verdict;
        this.onResult = onResult;
        this.onCancel = onCancel;
        addClassName("hn-health");
        setVisible(false);
        getElement().executeJs(SCANNER_TYPING);
    }

    /** Shows the step in the verdict's place; false when there is nothing to ask and the gate checks in as usual. */
    boolean handle(HealthStep step) {
        return switch (step) {
            case HealthStep.NotNeeded n -> false;
            case HealthStep.Ask ask -> {
                questions(ask);
                yield true;
            }
            case HealthStep.Referred referred when committee -> {
                clearance(referred);
                yield true;
            }
            case HealthStep.Referred referred -> {
                onResult.accept(new CheckinResult(CheckinReason.REFER_MEDICAL, referred.delegate(), null));
                yield true;
            }
        };
    }

    /** Back to the verdict (a result is about to be shown). */
    void close() {
        setVisible(false);
        removeAll();
        verdict.setVisible(true);
    }

    private void open(String className) {
        removeAll();
        removeClassNames("hn-health-ask", "hn-health-clear", "hn-health-cancelled");
        addClassName(className);
        no.clear();
        yes.clear();
        verdict.setVisible(false);
        setVisible(true);
        // On a phone the panel starts below the scan field: bring the name and the first question into view.
        getElement().executeJs("const el = this; requestAnimationFrame(() => el.scrollIntoView({block: 'start'}))");
    }

    private void questions(HealthStep.Ask ask) {
        open("hn-health-ask");
        List<String> questions = ask.questions();
        answers = new Boolean[questions.size()];
        add(HealthParts.headline(VaadinIcon.CLIPBOARD_HEART, getTranslation("health.gate.title")), HealthParts.person(ask.delegate()),
                HealthParts.note(getTranslation("health.gate.ask")));
        for (int i = 0; i < questions.size(); i++) {
            add(question(i, questions.get(i)));
        }
        actions(() -> submit(ask), getTranslation("health.gate.cancel"), ask.delegate());
        refreshConfirm();
        no.getFirst().focus();
    }

    /** The confirm button (its text set by the caller) and a cancel button, which Esc presses. */
    private void actions(Runnable onConfirm, String cancelText, Delegate delegate) {
        confirm = new Button("", e -> onConfirm.run());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        confirm.addClassName("hn-health-confirm");
        cancel = new Button(cancelText, e -> cancelled(delegate));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClassName("hn-health-cancel");
        cancel.addClickShortcut(Key.ESCAPE).listenOn(this);
        Div actions = new Div(confirm, cancel);
        actions.addClassName("hn-health-actions");
        add(actions);
    }

    private Div question(int index, String text) {
        Span number = new Span(String.valueOf(index + 1));
        number.addClassName("hn-health-number");
        Span words = new Span(text);
        words.addClassName("hn-health-text");
        Div label = new Div(number, words);
        label.addClassName("hn-health-question-text");
        Button noButton = answer(index, false, getTranslation("health.no"), NO);
        Button yesButton = answer(index, true, getTranslation("health.yes"), YES);
        no.add(noButton);
        yes.add(yesButton);
        Div buttons = new Div(noButton, yesButton);
        buttons.addClassName("hn-health-answers");
        Div row = new Div(label, buttons);
        row.addClassName("hn-health-question");
        return row;
    }

    private Button answer(int index, boolean value, String text, String className) {
        Button b = new Button(text);
        b.addClassName(className);
        b.getElement().setAttribute("aria-pressed", "false");
        b.getElement().setAttribute("aria-label", getTranslation("health.answer.label", text, index + 1));
        b.addClickListener(e -> {
            answers[index] = value;
            mark(no.get(index), !value);
            mark(yes.get(index), value);
            refreshConfirm();
            int next = nextUnanswered(index);
            if (next >= 0) {
                no.get(next).focus();
            } else {
                confirm.focus();
            }
        });
        return b;
    }

    private int nextUnanswered(int after) {
        for (int i = 1; i <= answers.length; i++) {
            int j = (after + i) % answers.length;
            if (answers[j] == null) {
                return j;
            }
        }
        return -1;
    }

    private static void mark(Button b, boolean chosen) {
        b.setClassName(CHOSEN, chosen);
        b.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
    }

    private void refreshConfirm() {
        boolean all = Arrays.stream(answers).allMatch(a -> a != null);
        boolean anyYes = Arrays.asList(answers).contains(Boolean.TRUE);
        confirm.setEnabled(all);
        confirm.removeThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SUCCESS);
        confirm.addThemeVariants(anyYes ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        confirm.setText(!all ? getTranslation("health.gate.unanswered", answers.length)
                : anyYes ? getTranslation("health.gate.confirm.refer") : getTranslation("health.gate.confirm.ok"));
    }

    private void submit(HealthStep.Ask ask) {
        try {
            onResult.accept(desk.declare().apply(ask, Arrays.asList(answers)));
        } catch (ValidationException e) {
            Notifications.error(String.join(" ", e.fieldErrors().values()));
        }
    }

    /** A delegate sent to the medical desk earlier: the committee lets them in once the desk allows it. */
    private void clearance(HealthStep.Referred referred) {
        open("hn-health-clear");
        HealthDeclaration d = referred.declaration();
        add(HealthParts.headline(VaadinIcon.DOCTOR, getTranslation("health.clear.title")), HealthParts.person(referred.delegate()));
        add(HealthParts.note(getTranslation("health.clear.when", Times.TIME.format(Times.local(d.at())), d.gate())));
        d.yesNumbers().forEach(n -> add(HealthParts.note(getTranslation("health.clear.yes", n, d.questions().get(n - 1)))));
        add(HealthParts.note(getTranslation("health.clear.help")));
        actions(() -> {
            try {
                onResult.accept(desk.clear().apply(d.id()));
            } catch (ValidationException e) {
                Notifications.error(String.join(" ", e.fieldErrors().values()));
                cancelled(referred.delegate());
            }
        }, getTranslation("action.close"), referred.delegate());
        confirm.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        confirm.setText(getTranslation("health.clear.confirm"));
        confirm.focus();
    }

    /** Cancelled: nobody checked in, nothing stored; say so rather than leave the previous verdict showing. */
    private void cancelled(Delegate delegate) {
        open("hn-health-cancelled");
        Span text = new Span(getTranslation("health.gate.cancelled", delegate.attendeeName()));
        text.addClassName("hn-gate-hint");
        add(VaadinIcon.QRCODE.create(), text);
        onCancel.run();
    }
}
