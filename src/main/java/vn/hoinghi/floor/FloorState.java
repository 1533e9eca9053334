package vn.hoinghi.floor;

/** Where a request for the floor stands. */
public enum FloorState {
    /** Asked, in the queue, waiting for the MC. */
    WAITING,
    /** Granted: the speaker has the floor now. */
    SPEAKING,
    /** Spoke and gave the floor back. */
    DONE,
    /** The MC declined it. */
    DECLINED,
    /** The point took it back before the MC decided. */
    WITHDRAWN
}
