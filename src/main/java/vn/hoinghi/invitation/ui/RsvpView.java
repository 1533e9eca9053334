package vn.hoinghi.invitation.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.delegate.RsvpAnswer;
import vn.hoinghi.invitation.RsvpInvitation;
import vn.hoinghi.invitation.RsvpService;

/**
 * The page a delegate's invitation link opens (/moi/{code}), without a login: the invitation and the answer.
 * Phone first; no application frame.
 */
@Route(value = "moi/:code", autoLayout = false)
@AnonymousAllowed
@StyleSheet("themes/hoinghi/rsvp.css")
class RsvpView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(RsvpView.class);

    private final RsvpService rsvp;
    private final Div card = new Div();
    private String code;
    private AnswerPanel answerPanel;

    RsvpView(RsvpService rsvp) {
        this.rsvp = rsvp;
        addClassName("hn-rsvp");
        card.addClassName("hn-rsvp-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get("code").orElse(null);
        rsvp.open(code).ifPresentOrElse(i -> show(i, false), this::showInvalid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rsvp.pageTitle");
    }

    private void show(RsvpInvitation invitation, boolean justAnswered) {
        card.removeAll();
        card.removeClassName("hn-rsvp-card--invalid");
        answerPanel = new AnswerPanel(invitation, justAnswered, this::answer);
        card.add(new InvitationCard(invitation), answerPanel);
    }

    private void answer(RsvpAnswer answer) {
        try {
            show(rsvp.respond(code, answer), true);
        } catch (ValidationException e) {
            if (e.fieldErrors().containsKey(RsvpService.INVALID)) {
                showInvalid();
                return;
            }
            String unplaced = answerPanel.showErrors(e.fieldErrors());
            if (!unplaced.isEmpty()) {
                Notifications.error(unplaced);
            }
        } catch (RuntimeException e) {
            log.error("An invitation answer could not be recorded", e);
            Notifications.error(getTranslation("rsvp.failed"));
        }
    }

    /** The same few words for every code that does not open an invitation: no hint of why. */
    private void showInvalid() {
        card.removeAll();
        card.addClassName("hn-rsvp-card--invalid");
        H1 title = new H1(getTranslation("rsvp.invalid.title"));
        title.addClassName("hn-rsvp-title");
        Paragraph text = new Paragraph(getTranslation("rsvp.invalid.text"));
        text.addClassName("hn-rsvp-invalid-text");
        card.add(VaadinIcon.EXCLAMATION_CIRCLE_O.create(), title, text);
    }
}
