package vn.hoinghi.pointlog;

import java.time.Instant;
import java.util.List;
import vn.hoinghi.point.StatusReport;
import vn.hoinghi.rehearsal.RehearsalPlan;

/**
 * When the conference's day ran, as the record counts it. It starts at the reset after the rehearsal when there was
 * one (what was reported before it belongs to the rehearsal), else at the first report; it ends at the conference's
 * planned end, or at the last report if the day ran over, and never after now. {@code start} is null while nothing
 * was reported since the reset.
 */
public record TheDay(Instant start, Instant end, boolean afterReset) {

    public static TheDay of(RehearsalPlan plan, Instant plannedEnd, List<StatusReport> reports, Instant now) {
        Instant reset = plan == null ? null : plan.dayResetAt();
        List<StatusReport> ofTheDay = reports.stream().filter(r -> reset == null || !r.at().isBefore(reset)).toList();
        Instant start = reset != null ? reset : ofTheDay.isEmpty() ? null : ofTheDay.getFirst().at();
        Instant end = plannedEnd == null ? now : plannedEnd;
        if (!ofTheDay.isEmpty() && ofTheDay.getLast().at().isAfter(end)) {
            end = ofTheDay.getLast().at();
        }
        if (end.isAfter(now)) {
            end = now;
        }
        return new TheDay(start, end, reset != null);
    }

    /** Whether this report belongs to the day, not to the rehearsal before its reset. */
    public boolean includes(StatusReport report) {
        return includes(report.at());
    }

    /** Whether something that happened then (a report, an alert raised) belongs to the day, not to the rehearsal. */
    public boolean includes(Instant at) {
        return !afterReset || !at.isBefore(start);
    }
}
