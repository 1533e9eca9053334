package vn.hoinghi.rehearsal;

/** What a point checks at the rehearsal, in the order its desk lists them. */
public enum RehearsalItem {
    /** The video link to the hall is up. */
    LINK,
    /** The hall hears the point. */
    SOUND,
    /** The hall sees the point's camera. */
    CAMERA,
    /** The point sees and hears the hall's feed. */
    HALL_FEED,
    /** The room is ready: seats, screen, microphones, the banner. */
    ROOM
}
