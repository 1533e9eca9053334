package vn.hoinghi.floor;

/**
 * Who asked for the floor, and so what the technicians switch to when it is granted: a remote point (its camera and
 * sound) or a delegate in the hall (the hall's own microphones). Only the point's desk asks today; the hall delegate's
 * page of issue 13 will ask as {@link HallDelegate} through the same path (decision 031).
 */
public sealed interface FloorSource {

    /** Asked from a remote point's desk. */
    record Point(long pointId) implements FloorSource {
    }

    /** Asked by a delegate in the hall for themselves (null: by the committee for someone in the hall). */
    record HallDelegate(Long delegateId) implements FloorSource {
    }
}
