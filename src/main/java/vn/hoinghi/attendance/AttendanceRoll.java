package vn.hoinghi.attendance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.springframework.stereotype.Component;
import vn.hoinghi.checkin.Checkin;
import vn.hoinghi.checkin.CheckinService;
import vn.hoinghi.delegate.CompositionGroup;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.Headcount;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.point.PointSummary;

/**
 * Attendance as the delegate, check-in and point features hold it: the delegates' counts by group and point, the
 * points on the day (their headcounts), and each delegate with the gate of their check-in. Attendance owns no table.
 */
@Component
class AttendanceRoll {

    private final DelegateService delegates;
    private final CheckinService checkins;
    private final PointDayService points;

    AttendanceRoll(DelegateService delegates, CheckinService checkins, PointDayService points) {
        this.delegates = delegates;
        this.checkins = checkins;
        this.points = points;
    }

    /** By composition group in printed order; delegates without a group come last, under a null name. */
    List<AttendanceCount> byGroup(long conferenceId, List<Headcount> counts) {
        Map<Long, CompositionGroup> groups = new LinkedHashMap<>();
        delegates.groups(conferenceId).stream().sorted(Comparator.comparingInt(CompositionGroup::position))
                .forEach(g -> groups.put(g.id(), g));
        List<AttendanceCount> rows = new ArrayList<>();
        groups.values().forEach(g -> rows.add(sum(counts, c -> Objects.equals(c.groupId(), g.id()), g.id(), g.name())));
        rows.add(sum(counts, c -> c.groupId() == null || !groups.containsKey(c.groupId()), null, null));
        return rows.stream().filter(row -> row.invited() > 0).toList();
    }

    /** By meeting point, the hall first, then the remote points in their order; points without delegates too. */
    List<AttendanceCount> byPoint(List<PointSummary> today, List<Headcount> counts) {
        return today.stream()
                .sorted(Comparator.comparing((PointSummary s) -> !s.point().hall())
                        .thenComparingInt(s -> s.point().position()).thenComparingLong(s -> s.point().id()))
                .map(s -> sum(counts, c -> c.pointId() == s.point().id(), s.point().id(), s.point().name()))
                .toList();
    }

    /** Every point with its delegates counted and its state on the day, the hall first. */
    List<PointSummary> pointsToday(long conferenceId) {
        return points.wall(conferenceId);
    }

    /** These delegates as attendance entries, each with the gate of their active check-in. */
    List<AttendanceEntry> entries(long conferenceId, List<Delegate> list) {
        Map<Long, Checkin> in = list.stream().anyMatch(d -> d.checkedInAt() != null)
                ? checkins.activeByDelegate(conferenceId) : Map.of();
        return list.stream().map(d -> entry(d, in.get(d.id()))).toList();
    }

    List<AttendanceEntry> leaders(long conferenceId) {
        return entries(conferenceId, delegates.leaders(conferenceId));
    }

    List<AttendanceEntry> everyone(long conferenceId) {
        return entries(conferenceId, delegates.list(conferenceId, DelegateFilter.all()));
    }

    private static AttendanceEntry entry(Delegate d, Checkin checkin) {
        return new AttendanceEntry(d.id(), d.fullName(), d.gender(), d.title(), d.unitName(), d.groupName(),
                d.pointName(), d.atHall(), d.protocolRank(), d.invitationStatus(), d.substituteName(),
                d.substituteTitle(), d.phone(), d.substitutePhone(), d.checkedInAt(),
                d.checkedInAt() == null || checkin == null ? null : checkin.gate());
    }

    private static AttendanceCount sum(List<Headcount> counts, Predicate<Headcount> which, Long id, String name) {
        List<Headcount> these = counts.stream().filter(which).toList();
        return new AttendanceCount(id, name, total(these, Headcount::invited), total(these, Headcount::declined),
                total(these, Headcount::substitutes), total(these, Headcount::expected), total(these, Headcount::present),
                total(these, Headcount::absent));
    }

    private static int total(List<Headcount> counts, ToIntFunction<Headcount> field) {
        return counts.stream().mapToInt(field).sum();
    }
}
