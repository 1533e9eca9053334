package vn.hoinghi.floor;

import java.time.Instant;

/**
 * What a point's desk shows of the floor: the item on now (null if none), the point's own latest request for it or
 * the one that has the floor (null if none), its place among the waiting (from 1; 0 when it is not waiting), and the
 * moment it was read.
 */
public record DeskFloor(FloorItem itemOnNow, FloorRequest mine, int place, Instant now) {

    /** Whether the desk may ask now: the item on now takes requests. */
    public boolean open() {
        return itemOnNow != null && itemOnNow.takesRequests();
    }

    public boolean speaking() {
        return mine != null && mine.state() == FloorState.SPEAKING;
    }

    public boolean waiting() {
        return mine != null && mine.state() == FloorState.WAITING;
    }
}
