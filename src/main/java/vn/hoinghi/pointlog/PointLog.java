package vn.hoinghi.pointlog;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.rehearsal.RehearsalPlan;

/**
 * The record of every point's day: the hall first, then each cluster in the order of its first point (the points in
 * their order, withdrawn ones included), the points in no cluster last; each group's sum and the province's.
 */
public record PointLog(Conference conference, RehearsalPlan rehearsal, TheDay day, List<ClusterDays> groups,
                       DayTotals province, Instant at) {

    public List<PointDay> points() {
        return groups.stream().flatMap(g -> g.points().stream()).toList();
    }

    /** Every outage of the day, the earliest first. */
    public List<Outage> outages() {
        return points().stream().flatMap(d -> d.outages().stream()).sorted(Comparator.comparing(Outage::from)).toList();
    }
}
