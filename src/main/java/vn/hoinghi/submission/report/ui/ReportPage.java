package vn.hoinghi.submission.report.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;

/** A report page works in the user's current conference; without one it sends the user to choose it. */
abstract class ReportPage extends VerticalLayout implements BeforeEnterObserver {

    private final ConferenceService conferences;
    Conference conference;

    ReportPage(ConferenceService conferences) {
        this.conferences = conferences;
        setSizeFull();
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        conferences.current().ifPresentOrElse(chosen -> {
            conference = chosen;
            build();
        }, () -> event.forwardTo("conferences"));
    }

    /** Builds the page for {@link #conference}, afresh on every visit. */
    abstract void build();
}
