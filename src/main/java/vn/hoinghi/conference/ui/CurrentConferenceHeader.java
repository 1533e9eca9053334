package vn.hoinghi.conference.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.security.access.AccessDeniedException;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.ui.HeaderContribution;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;

/** Shows, in every page's header, the conference of the page's address; a click leads to its overview. */
@org.springframework.stereotype.Component
class CurrentConferenceHeader implements HeaderContribution {

    private final ConferenceService service;

    CurrentConferenceHeader(ConferenceService service) {
        this.service = service;
    }

    @Override
    public Component create(OptionalLong conferenceId) {
        Optional<Conference> conference;
        try {
            conference = conferenceId.isPresent() ? service.get(conferenceId.getAsLong()) : Optional.empty();
        } catch (AccessDeniedException notServed) { // the page itself sends the user to the list
            conference = Optional.empty();
        }
        if (conference.isEmpty()) {
            return new Span();
        }
        Anchor link = new Anchor(ConferencePath.of(conference.get().id()), conference.get().title());
        link.setTitle(conference.get().title());
        link.addClassName("hn-current-conference");
        return link;
    }
}
