package vn.hoinghi.pointlog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.hoinghi.alert.PointAlert;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.floor.FloorRequest;
import vn.hoinghi.point.PointSummary;
import vn.hoinghi.point.StatusReport;
import vn.hoinghi.rehearsal.PointRehearsal;
import vn.hoinghi.rehearsal.RehearsalPlan;
import vn.hoinghi.rehearsal.RehearsalState;

/** Puts the record of the day together from what each feature keeps; no database here, so it is tested alone. */
public final class PointLogs {

    private PointLogs() {
    }

    /** What the features keep about the conference's day. */
    public record Sources(RehearsalPlan plan, List<PointRehearsal> rehearsals, List<PointSummary> points,
                          List<StatusReport> reports, List<FloorRequest> requests, List<PointAlert> alerts) {
    }

    public static PointLog build(Conference conference, Sources s, Instant now) {
        RehearsalPlan plan = s.plan() == null ? RehearsalPlan.NONE : s.plan();
        TheDay day = TheDay.of(plan, conference.endsAt(), s.reports(), now);
        Map<Long, List<StatusReport>> reports = s.reports().stream().filter(day::includes)
                .collect(Collectors.groupingBy(StatusReport::pointId));
        Map<Long, PointRehearsal> rehearsals = s.rehearsals().stream()
                .collect(Collectors.toMap(PointRehearsal::pointId, Function.identity(), (a, b) -> a));
        Long hall = s.points().stream().filter(p -> p.point().hall()).map(p -> p.point().id()).findFirst().orElse(null);
        // A request from the hall's floor names no point: it is the hall's.
        Map<Long, List<FloorRequest>> requests = s.requests().stream().filter(r -> r.pointId() != null || hall != null)
                .collect(Collectors.groupingBy(r -> r.pointId() != null ? r.pointId() : hall));
        Map<Long, List<PointAlert>> alerts = s.alerts().stream().filter(a -> day.includes(a.raisedAt())).collect(Collectors.groupingBy(PointAlert::pointId));

        List<PointDay> days = s.points().stream()
                .sorted(Comparator.comparing((PointSummary p) -> !p.point().hall())
                        .thenComparingInt(p -> p.point().position()).thenComparingLong(p -> p.point().id()))
                .map(p -> {
                    long id = p.point().id();
                    List<StatusReport> own = reports.getOrDefault(id, List.of());
                    PointRehearsal r = rehearsals.get(id);
                    return new PointDay(p.point(), r == null ? RehearsalState.NOT_REPORTED : r.state(),
                            r == null ? null : r.readyAt(), DayEvents.changes(own), DayEvents.outages(own), p.state(),
                            requests.getOrDefault(id, List.of()), alerts.getOrDefault(id, List.of()), day.end());
                }).toList();
        List<ClusterDays> groups = groups(days);
        return new PointLog(conference, plan, day, groups, DayTotals.of(days), now);
    }

    /** The hall, then each cluster in the order of its first point, then the points in no cluster. */
    private static List<ClusterDays> groups(List<PointDay> days) {
        List<ClusterDays> groups = new ArrayList<>();
        List<PointDay> halls = days.stream().filter(d -> d.point().hall()).toList();
        if (!halls.isEmpty()) {
            groups.add(ClusterDays.of(null, true, halls));
        }
        Map<String, List<PointDay>> byCluster = new LinkedHashMap<>();
        List<PointDay> inNone = new ArrayList<>();
        for (PointDay d : days) {
            if (d.point().hall()) {
                continue;
            }
            String cluster = SearchKey.fold(d.point().cluster());
            (cluster.isEmpty() ? inNone : byCluster.computeIfAbsent(cluster, c -> new ArrayList<>())).add(d);
        }
        byCluster.values().forEach(list -> groups.add(ClusterDays.of(clusterName(list.getFirst()), false, list)));
        if (!inNone.isEmpty()) {
            groups.add(ClusterDays.of(null, false, inNone));
        }
        return groups;
    }

    private static String clusterName(PointDay d) {
        return d.point().cluster().strip();
    }
}
