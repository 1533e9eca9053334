package vn.hoinghi.submission.report;

import java.time.Instant;
import vn.hoinghi.submission.StoredFile;

/** A unit's stored report: its status, when it was first submitted, the latest narrative file (or null). */
public record UnitReport(long id, long conferenceId, long unitId, String unitName, ReportStatus status,
                         Instant submittedAt, String submittedBy, Instant changedAt, String changedBy,
                         StoredFile narrative, int version) {

    /** The report with its unit named (the unit feature keeps the names). */
    UnitReport withUnitName(String name) {
        return new UnitReport(id, conferenceId, unitId, name, status, submittedAt, submittedBy, changedAt, changedBy,
                narrative, version);
    }

    public boolean submitted() {
        return status == ReportStatus.SUBMITTED;
    }
}
