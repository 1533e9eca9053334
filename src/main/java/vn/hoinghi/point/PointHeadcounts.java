package vn.hoinghi.point;

import java.util.Collection;
import java.util.Map;

/**
 * How many delegates each point of a conference has. The delegate feature counts them: it owns the delegates and
 * depends on this feature, so it provides this.
 */
public interface PointHeadcounts {

    /** By point id, the delegates not withdrawn; a point without any is left out. */
    Map<Long, Headcount> of(long conferenceId);

    /** As {@link #of(long)}, counting only these points' delegates (a page of the points list). */
    Map<Long, Headcount> of(long conferenceId, Collection<Long> pointIds);

    /** A point's delegates, those who confirmed (or sent a substitute), those who declined, those checked in. */
    record Headcount(int delegates, int confirmed, int declined, int checkedIn) {

        public static final Headcount NONE = new Headcount(0, 0, 0, 0);

        public Headcount plus(Headcount o) {
            return new Headcount(delegates + o.delegates, confirmed + o.confirmed, declined + o.declined,
                    checkedIn + o.checkedIn);
        }
    }
}
