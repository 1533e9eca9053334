package vn.hoinghi.live;

/**
 * Published by a service inside its transaction; open screens of that conference hear of it after the commit
 * (never for a rolled-back change).
 */
public record ConferenceChanged(long conferenceId, LiveTopic topic) {
}
