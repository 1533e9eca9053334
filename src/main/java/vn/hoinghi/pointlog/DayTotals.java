package vn.hoinghi.pointlog;

import java.util.List;

/**
 * The numbers of a group of points' days, added up from the points' own rows (minutes are each point's rounded
 * minutes added, so a sheet's total row equals the sum of the rows above it); the longest outage is the group's
 * longest. A withdrawn point is listed but left out of every sum, as everywhere in the house (decision 027, 029).
 */
public record DayTotals(int points, int withOutages, int changes, int outages, long outageMinutes,
                        long longestMinutes, int headcount, int asked, int granted, int declined, long spokenMinutes,
                        int alerts, int acknowledged) {

    public static DayTotals of(List<PointDay> listed) {
        List<PointDay> days = listed.stream().filter(d -> !d.point().withdrawn()).toList();
        return new DayTotals(days.size(), (int) days.stream().filter(PointDay::hadOutage).count(),
                days.stream().mapToInt(d -> d.changes().size()).sum(),
                days.stream().mapToInt(PointDay::outageCount).sum(),
                days.stream().mapToLong(d -> Minutes.of(d.outageTotal())).sum(),
                days.stream().mapToLong(d -> Minutes.of(d.longestOutage())).max().orElse(0),
                days.stream().mapToInt(d -> d.headcount() == null ? 0 : d.headcount()).sum(),
                days.stream().mapToInt(PointDay::asked).sum(),
                days.stream().mapToInt(PointDay::granted).sum(),
                days.stream().mapToInt(PointDay::declined).sum(),
                days.stream().mapToLong(d -> Minutes.of(d.spoken())).sum(),
                days.stream().mapToInt(d -> d.alerts().size()).sum(),
                days.stream().mapToInt(PointDay::acknowledged).sum());
    }
}
