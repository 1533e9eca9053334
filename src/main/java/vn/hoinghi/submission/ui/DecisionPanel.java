package vn.hoinghi.submission.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import vn.hoinghi.base.ui.FieldErrors;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.submission.Contribution;
import vn.hoinghi.submission.ContributionStatus;
import vn.hoinghi.submission.Delivery;
import vn.hoinghi.submission.ReviewDecision;
import vn.hoinghi.submission.ReviewService;

/** The committee's decision on the latest version (with the comment the unit reads) and, once accepted, its delivery. */
class DecisionPanel extends Div {

    private final ReviewService reviews;
    private final Contribution c;
    private final Runnable onChanged;
    private final TextArea comment = new TextArea(getTranslation("contrib.review.comment"));

    DecisionPanel(ReviewService reviews, Contribution c, Runnable onChanged) {
        this.reviews = reviews;
        this.c = c;
        this.onChanged = onChanged;
        addClassName("hn-contrib-decision");
        comment.setHelperText(getTranslation("contrib.review.comment.help"));
        comment.setWidthFull();
        comment.addClassName("hn-review-comment");
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        for (ReviewDecision d : ReviewDecision.values()) {
            Button b = new Button(getTranslation("contrib.decision." + d), e -> decide(d));
            b.addClassName("hn-decide-" + d.name().toLowerCase().replace('_', '-'));
            b.addThemeVariants(switch (d) {
                case ACCEPT -> ButtonVariant.LUMO_SUCCESS;
                case ASK_CHANGES -> ButtonVariant.LUMO_CONTRAST;
                case REFUSE -> ButtonVariant.LUMO_ERROR;
            });
            b.setEnabled(d == ReviewDecision.ASK_CHANGES || c.status() != d.status);
            buttons.add(b);
        }
        add(new Paragraph(getTranslation("contrib.review.decide", c.latestVersion())), comment, buttons);
        if (c.status() == ContributionStatus.ACCEPTED) {
            add(delivery());
        }
    }

    private void decide(ReviewDecision decision) {
        if (FieldErrors.save(Map.<String, HasValidation>of("comment", comment),
                () -> reviews.decide(c.id(), c.version(), decision, comment.getValue()))) {
            Notifications.success(getTranslation("contrib.review.done", getTranslation("contrib.decision." + decision)));
            onChanged.run();
        }
    }

    private Div delivery() {
        RadioButtonGroup<Delivery> choice = new RadioButtonGroup<>(getTranslation("contrib.review.delivery"));
        choice.setItems(Delivery.values());
        choice.setItemLabelGenerator(d -> getTranslation("contrib.delivery." + d));
        choice.setValue(c.delivery());
        choice.setHelperText(getTranslation("contrib.review.delivery.help"));
        choice.addClassName("hn-contrib-delivery");
        choice.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                if (FieldErrors.save(Map.<String, HasValidation>of("delivery", choice),
                        () -> reviews.deliver(c.id(), c.version(), e.getValue()))) {
                    Notifications.success(getTranslation("contrib.delivery." + e.getValue()));
                    onChanged.run();
                }
            }
        });
        Div box = new Div(choice);
        if (c.delivery() == Delivery.SPOKEN && !c.scheduled()) {
            Paragraph gone = new Paragraph(getTranslation("contrib.agendaGone"));
            gone.addClassName("hn-contrib-late-warning");
            box.add(gone);
        }
        return box;
    }
}
