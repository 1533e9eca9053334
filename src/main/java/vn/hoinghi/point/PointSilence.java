package vn.hoinghi.point;

import java.time.Duration;
import java.time.Instant;

/**
 * When the wall calls a point silent: while the conference runs (from its start to its end), a remote point that has
 * not reported for longer than the conference's silence minutes, counted from its last report or from the start if
 * it reported earlier or never (decision 028). Before the start the statuses tell the morning's story; after the end
 * nobody is expected to report. The hall is never silent: the committee sits in it.
 */
public record PointSilence(Duration limit, Instant startsAt, Instant endsAt) {

    public boolean silent(PointSummary s, Instant now) {
        if (s.point().hall() || now.isBefore(startsAt) || !now.isBefore(endsAt)) {
            return false;
        }
        Instant last = s.state().lastReportAt();
        if (last != null && !last.isBefore(startsAt)) {
            return s.state().silent(now, limit);
        }
        return startsAt.plus(limit).isBefore(now); // nothing heard since the start
    }
}
