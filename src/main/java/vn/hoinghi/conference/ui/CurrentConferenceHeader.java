package vn.hoinghi.conference.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import vn.hoinghi.base.ui.HeaderContribution;
import vn.hoinghi.conference.ConferenceService;

/** Shows, in every page's header, which conference the user is working in; a click leads to the list. */
@org.springframework.stereotype.Component
class CurrentConferenceHeader implements HeaderContribution {

    private final ConferenceService service;

    CurrentConferenceHeader(ConferenceService service) {
        this.service = service;
    }

    @Override
    public Component create() {
        Anchor link = new Anchor("conferences");
        link.addClassName("hn-current-conference");
        service.current().ifPresentOrElse(
                c -> link.setText(c.title()),
                () -> link.add(new Span(link.getTranslation("conference.noneSelected"))));
        return link;
    }
}
