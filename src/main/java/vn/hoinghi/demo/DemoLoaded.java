package vn.hoinghi.demo;

/** What loading a demo did: the conference, whether it was there already, and what was added. */
public record DemoLoaded(long conferenceId, boolean alreadyThere, int units, int points, int delegatesAdded) {
}
