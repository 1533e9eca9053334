package vn.hoinghi.submission.report;

import java.time.LocalDate;
import java.util.Set;

/**
 * A conference's report settings: the units' deadline ("trước ngày …", the whole day counts; null: none), the
 * outline units follow, and the units asked to report. Version 0 until first saved.
 */
public record ReportSettings(long conferenceId, LocalDate deadline, String outline, Set<Long> expectedUnitIds,
                             int version) {

    public ReportSettings {
        expectedUnitIds = Set.copyOf(expectedUnitIds);
    }
}
