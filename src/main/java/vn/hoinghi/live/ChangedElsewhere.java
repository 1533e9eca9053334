package vn.hoinghi.live;

/**
 * A change committed on another app instance, told here before this instance's screens refresh for it: a bean
 * that remembers something the change makes stale (the screen links found active) forgets it on hearing this.
 */
public record ChangedElsewhere(ConferenceChanged change) {
}
