package vn.hoinghi.floor;

/**
 * Who asked for the floor, and so what the technicians switch to when it is granted: a remote point (its camera and
 * sound) or a delegate in the hall (the hall's own microphones). The point's desk asks as {@link Point}; a hall
 * delegate's own page asks as {@link HallDelegate} through the same path (decisions 031, 038).
 */
public sealed interface FloorSource {

    /** Asked from a remote point's desk. */
    record Point(long pointId) implements FloorSource {
    }

    /** Asked by a delegate in the hall for themselves (null: by the committee for someone in the hall). */
    record HallDelegate(Long delegateId) implements FloorSource {
    }
}
