package vn.hoinghi.award.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;

/** An award page works in the user's current conference; without one it sends the user to choose it. */
abstract class AwardPage extends VerticalLayout implements BeforeEnterObserver {

    private final ConferenceService conferences;
    Conference conference;

    AwardPage(ConferenceService conferences) {
        this.conferences = conferences;
        setSizeFull();
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        conferences.current().ifPresentOrElse(chosen -> {
            conference = chosen;
            removeAll();
            build();
        }, () -> event.forwardTo("conferences"));
    }

    /** Builds the page for {@link #conference}, afresh on every visit. */
    abstract void build();
}
