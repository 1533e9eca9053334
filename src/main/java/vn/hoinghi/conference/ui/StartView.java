package vn.hoinghi.conference.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.conference.ConferenceService;

/** The start page: the conference this account opened last, or the list when there is none. */
@Route("")
@PermitAll
class StartView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final ConferenceService conferences;

    StartView(ConferenceService conferences) {
        this.conferences = conferences;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(conferences.lastOpened().map(c -> ConferencePath.of(c.id())).orElse("conferences"));
    }
}
