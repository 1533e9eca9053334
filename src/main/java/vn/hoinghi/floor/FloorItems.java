package vn.hoinghi.floor;

import java.util.Optional;

/**
 * The programme item on now in a conference: the agenda feature, which runs the programme and sits above this one,
 * answers it (architecture rule 2). Requests for the floor are asked for this item.
 */
public interface FloorItems {

    /** Empty before the start, after the end, or when the conference has no programme. */
    Optional<FloorItem> onNow(long conferenceId);
}
