package vn.hoinghi.agenda.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import vn.hoinghi.agenda.AgendaLive;
import vn.hoinghi.agenda.AgendaLiveService;
import vn.hoinghi.agenda.AgendaSlot;
import vn.hoinghi.award.CeremonyLiveService;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.ui.LiveUpdates;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.ScreenKind;

/**
 * The hall's big screen (and the speaker's): what is on and who speaks, the MC's stage message, the time left.
 * Full screen, no frame, large type for the back of the hall; it follows the MC within a second. During the
 * awards item the batch on stage takes the screen ({@link AwardScreen}) and hands it back after the last one.
 */
@Route(value = ConferencePath.ROUTE + "/screen/hall", autoLayout = false)
@RolesAllowed({AppRoles.ADMIN, AppRoles.STAFF, AppRoles.MC, AppRoles.SCREEN})
@StyleSheet("themes/hoinghi/live.css")
@StyleSheet("themes/hoinghi/ceremony.css")
class HallScreenView extends Div implements BeforeEnterObserver, TranslatedTitle {

    @Override
    public String titleKey() {
        return "screens.kind.HALL";
    }


    private final AgendaLiveService service;
    private final ConferenceService conferences;
    private Conference conference;

    private final Span conferenceTitle = new Span();
    private final Div message = new Div();
    private final LiveTimer remaining = new LiveTimer(true, "hn-hall-remaining");
    private final OnNow onNow = new OnNow(remaining);
    private final Paragraph next = new Paragraph();
    private final Div top = new Div(conferenceTitle, remaining);
    private final AwardScreen awards;

    HallScreenView(AgendaLiveService service, ConferenceService conferences, CeremonyLiveService ceremony, LiveHub hub) {
        this.service = service;
        this.conferences = conferences;
        this.awards = new AwardScreen(ceremony);
        addClassNames("hn-live", "hn-hall");
        conferenceTitle.addClassName("hn-hall-conference");
        message.addClassName("hn-hall-message");
        next.addClassName("hn-hall-next");
        top.addClassName("hn-hall-top");
        add(top, onNow, message, next, awards);
        LiveUpdates.follow(this, hub, () -> conference == null ? null : conference.id(),
                Set.of(LiveTopic.AGENDA, LiveTopic.SCREENS, LiveTopic.AWARDS), ScreenGuard.guarded(this::refresh));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        conference = ScreenGuard.conference(event, ScreenKind.HALL, conferences);
        if (conference == null) {
            return;
        }
        conferenceTitle.setText(conference.title());
        refresh();
    }

    private void refresh() {
        AgendaLive live = service.live(conference.id());
        AgendaSlot current = live.current();
        AgendaSlot upcoming = live.next();
        boolean ceremony = awards.show(conference.id(), live);
        top.setVisible(!ceremony);
        onNow.setVisible(!ceremony);
        next.setVisible(!ceremony);
        getElement().getClassList().set("hn-hall-idle", current == null);
        conferenceTitle.setText(live.conferenceTitle());
        onNow.show(live, live.conferenceTitle(), "");
        String text = live.state().message();
        message.setText(text == null ? "" : text);
        message.setVisible(text != null && current != null && !ceremony);
        next.setText(upcoming == null || current == null ? "" : getTranslation("hall.next", upcoming.item().title()));
    }
}
