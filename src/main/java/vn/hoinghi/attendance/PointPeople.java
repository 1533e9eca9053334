package vn.hoinghi.attendance;

import java.time.Instant;
import vn.hoinghi.point.PointSummary;

/**
 * The people at one meeting point: whom its plan expects, its delegates invited and checked in by name, the headcount
 * its coordinator last reported (null until one is), when and by whom, and the people counted present — the
 * headcount, or the named check-ins while the point has not reported (see {@link PointSummary#present()}).
 */
public record PointPeople(long pointId, String name, String cluster, boolean hall, int expected, int delegates,
                          int checkedIn, Integer headcount, Instant headcountAt, String headcountBy, int present) {

    static PointPeople of(PointSummary s) {
        return new PointPeople(s.point().id(), s.point().name(), s.point().cluster(), s.point().hall(),
                s.expectedPeople(), s.delegates(), s.checkedIn(), s.state().headcount(), s.state().headcountAt(),
                s.state().headcountBy(), s.present());
    }

    public boolean reported() {
        return headcount != null;
    }

    /** This point as a count of one. */
    public PeopleCount count() {
        return new PeopleCount(1, reported() ? 1 : 0, expected, delegates, checkedIn, reported() ? headcount : 0,
                present);
    }
}
