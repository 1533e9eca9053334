package vn.hoinghi.delegate;

import org.springframework.context.ApplicationEventPublisher;
import vn.hoinghi.live.ConferenceChanged;
import vn.hoinghi.live.LiveTopic;

/** Which live screens a change of a conference's delegates wakes (after the commit, decision 004). */
final class DelegateEvents {

    private final ApplicationEventPublisher events;

    DelegateEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Who is expected, in which group, from which point, their answers and substitutes: the attendance screens. */
    void listChanged(long conferenceId) {
        events.publishEvent(new ConferenceChanged(conferenceId, LiveTopic.ATTENDANCE));
    }

    /** A delegate's link was voided or opens again: their open page checks it (reissue, withdrawal, restoring). */
    void linksChanged(long conferenceId) {
        events.publishEvent(new ConferenceChanged(conferenceId, LiveTopic.LINKS));
    }

    /** Names and titles show on the agenda's screens too: an item's presenter, the ceremony on the hall screen. */
    void namesChanged(long conferenceId) {
        listChanged(conferenceId);
        events.publishEvent(new ConferenceChanged(conferenceId, LiveTopic.AGENDA));
    }
}
