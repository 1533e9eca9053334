package vn.hoinghi.pointlog;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.hoinghi.alert.PointAlert;
import vn.hoinghi.floor.FloorRequest;
import vn.hoinghi.floor.FloorState;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointState;
import vn.hoinghi.point.StatusReport;
import vn.hoinghi.rehearsal.RehearsalState;

/**
 * One point's day: its rehearsal, its status changes and outages of the day, its headcount as last reported, its
 * requests for the floor and its alerts. Lengths still running (an outage not fixed, a speaker still speaking) count
 * until {@code dayEnd}.
 */
public record PointDay(MeetingPoint point, RehearsalState rehearsal, Instant readyAt, List<StatusReport> changes,
                       List<Outage> outages, PointState state, List<FloorRequest> requests, List<PointAlert> alerts,
                       Instant dayEnd) {

    public int outageCount() {
        return outages.size();
    }

    public Duration outageTotal() {
        return outages.stream().map(o -> o.length(dayEnd)).reduce(Duration.ZERO, Duration::plus);
    }

    public Duration longestOutage() {
        return outages.stream().map(o -> o.length(dayEnd)).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
    }

    public boolean hadOutage() {
        return !outages.isEmpty();
    }

    /** Everyone in the room as the point last reported it; null if it never did. */
    public Integer headcount() {
        return state == null ? null : state.headcount();
    }

    public int asked() {
        return requests.size();
    }

    /** The MC gave the point the floor (the speaker took it). */
    public static boolean granted(FloorRequest r) {
        return r.startedAt() != null || r.state() == FloorState.SPEAKING || r.state() == FloorState.DONE;
    }

    public int granted() {
        return (int) requests.stream().filter(PointDay::granted).count();
    }

    public int declined() {
        return (int) requests.stream().filter(r -> r.state() == FloorState.DECLINED).count();
    }

    public Duration spoken() {
        return requests.stream().map(r -> r.spoken(dayEnd)).filter(Objects::nonNull).reduce(Duration.ZERO,
                Duration::plus);
    }

    public int acknowledged() {
        return (int) alerts.stream().filter(a -> a.acknowledgedAt() != null).count();
    }
}
