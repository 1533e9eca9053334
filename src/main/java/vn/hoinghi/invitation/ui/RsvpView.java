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
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.ui.LanguageToggle;
import vn.hoinghi.base.ui.LiveUpdates;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.delegate.RsvpAnswer;
import vn.hoinghi.invitation.DelegatePage;
import vn.hoinghi.invitation.DelegatePageService;
import vn.hoinghi.invitation.RsvpInvitation;
import vn.hoinghi.invitation.RsvpService;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.live.LiveTopic;

/**
 * The delegate's own page at their invitation link (/moi/{code}), without a login (decision 038): the invitation and
 * the answer, the check-in QR, where to go, the programme following the MC, the floor for a hall delegate, the
 * documents. Phone first; no application frame. A reissue or withdrawal closes it at once. The page keeps an offline
 * card of the QR on the phone ({@link OfflineCard}).
 */
@Route(value = "moi/:code", autoLayout = false)
@AnonymousAllowed
@StyleSheet("themes/hoinghi/rsvp.css")
class RsvpView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(RsvpView.class);

    private final RsvpService rsvp;
    private final DelegatePageService pages;
    private final Div card = new Div();
    private final Div sections = new Div();
    private String code;
    private DelegatePage page;
    private AnswerPanel answerPanel;
    private LiveProgramme programme;
    private HallFloorPanel floor;
    private boolean discussionOn;

    RsvpView(RsvpService rsvp, DelegatePageService pages, LiveHub hub) {
        this.rsvp = rsvp;
        this.pages = pages;
        addClassName("hn-rsvp");
        card.addClassName("hn-rsvp-card");
        sections.addClassName("hn-dp-sections");
        Div language = new Div(new LanguageToggle());
        language.addClassName("hn-dp-language");
        add(language, card, sections);
        LiveUpdates.follow(this, hub, this::conferenceId, Set.of(LiveTopic.AGENDA), this::refreshProgramme);
        LiveUpdates.follow(this, hub, this::hallConferenceId, Set.of(LiveTopic.FLOOR), this::refreshFloor);
        LiveUpdates.follow(this, hub, this::conferenceId, Set.of(LiveTopic.LINKS), this::checkLink);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get("code").orElse(null);
        VaadinRequest request = VaadinRequest.getCurrent();
        page = pages.open(code, request == null ? null : request.getRemoteAddr()).orElse(null);
        if (page == null) {
            showInvalid();
            return;
        }
        show(page.invitation(), false);
        sections.removeAll();
        programme = new LiveProgramme(page.pass().delegateId());
        sections.add(new CheckInQr(page.qrLink()), new WhereToGo(page), programme);
        floor = null;
        if (page.pass().atHall()) {
            floor = new HallFloorPanel(page.invitation().delegate().attendeeName(), this::askForTheFloor);
            sections.add(floor);
        }
        sections.add(new DocumentList(pages.documents(code)));
        refreshProgramme();
        OfflineCard.keep(this, code);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rsvp.pageTitle");
    }

    private Long conferenceId() {
        return page == null ? null : page.pass().conferenceId();
    }

    private Long hallConferenceId() {
        return page == null || !page.pass().atHall() ? null : page.pass().conferenceId();
    }

    private void refreshProgramme() {
        if (page == null) {
            return;
        }
        var live = pages.programme(page.pass());
        programme.show(live);
        discussionOn = live.current() != null && live.current().item().kind().takesFloorRequests();
        refreshFloor();
    }

    /** Read only while a discussion is on or the delegate still shows a request: the floor is quiet otherwise. */
    private void refreshFloor() {
        if (page != null && floor != null && (discussionOn || floor.isVisible())) {
            floor.show(pages.floor(page.pass()));
        }
    }

    /** A reissue or withdrawal in this conference: if it was this link, the page closes now. */
    private void checkLink() {
        if (page != null && !pages.stillValid(code)) {
            showInvalid();
        }
    }

    private void askForTheFloor(String topic) {
        try {
            pages.askForTheFloor(code, topic);
            Notifications.success(getTranslation("floor.desk.asked"));
            refreshFloor();
        } catch (ValidationException e) {
            Notifications.error(String.join(" ", e.fieldErrors().values()));
        }
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
        page = null;
        programme = null;
        floor = null;
        sections.removeAll();
        card.removeAll();
        card.addClassName("hn-rsvp-card--invalid");
        H1 title = new H1(getTranslation("rsvp.invalid.title"));
        title.addClassName("hn-rsvp-title");
        Paragraph text = new Paragraph(getTranslation("rsvp.invalid.text"));
        text.addClassName("hn-rsvp-invalid-text");
        card.add(VaadinIcon.EXCLAMATION_CIRCLE_O.create(), title, text);
        OfflineCard.forget(this, code);
    }
}
