package vn.hoinghi.floor;

import java.time.Instant;
import java.util.List;

/**
 * What the MC and the technicians see of the floor: the item on now (null if none), who has the floor (null if
 * nobody), the requests waiting for the item on now in the order asked, and those left waiting from an earlier item
 * (shown apart, "từ mục trước"); with the moment it was read, for the speaker's running time.
 */
public record FloorBoard(FloorItem itemOnNow, FloorLine speaking, List<FloorLine> waiting, List<FloorLine> earlier,
                         Instant now) {

    public boolean open() {
        return itemOnNow != null && itemOnNow.takesRequests();
    }
}
