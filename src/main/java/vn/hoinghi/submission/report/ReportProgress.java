package vn.hoinghi.submission.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the units stand: every unit asked to report, and any other unit that has started one, with its status —
 * not started, draft or submitted.
 */
public record ReportProgress(long conferenceId, LocalDate deadline, List<Row> rows) {

    /** A unit's line; {@code report} is null while it has not started. */
    public record Row(long unitId, String unitName, boolean expected, ReportStatus status, UnitReport report) {
    }

    public ReportProgress {
        rows = List.copyOf(rows);
    }

    public long count(ReportStatus status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    public List<Row> of(ReportStatus status) {
        return rows.stream().filter(r -> r.status() == status).toList();
    }
}
