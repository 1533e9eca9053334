package vn.hoinghi.agenda;

import java.util.Objects;
import vn.hoinghi.floor.FloorLine;

/**
 * The technicians' cue: which source is live now and which comes next, and whether each means switching. The item on
 * now names its source (the hall or a point); a speaker given the floor takes over until they give it back, and then
 * the item's own source comes back (decision 031).
 */
public record SourceCue(Source now, Source next, boolean switchNow, boolean switchNext) {

    /**
     * A source: the hall ({@code pointId} null) or a remote point; {@code speaker} set when it is live because its
     * speaker has the floor, not because the programme says so.
     */
    public record Source(Long pointId, String pointName, FloorLine speaker) {

        static Source of(AgendaSlot slot) {
            return slot == null ? null : new Source(slot.item().pointId(), slot.item().pointName(), null);
        }

        public boolean remote() {
            return pointId != null;
        }

        public boolean floor() {
            return speaker != null;
        }

        boolean sameAs(Source other) {
            return other != null && Objects.equals(pointId, other.pointId);
        }
    }

    /** {@code speaking}: who has the floor, null when nobody does. */
    public static SourceCue of(AgendaSlot current, AgendaSlot following, FloorLine speaking) {
        Source item = Source.of(current);
        if (speaking == null) {
            Source next = Source.of(following);
            return new SourceCue(item, next, false, item != null && next != null && !item.sameAs(next));
        }
        Source floor = new Source(speaking.request().pointId(), speaking.pointName(), speaking);
        Source after = item != null ? item : Source.of(following);
        return new SourceCue(floor, after, item == null || !floor.sameAs(item), after != null && !floor.sameAs(after));
    }
}
