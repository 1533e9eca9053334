package vn.hoinghi.submission;

import java.time.LocalDate;
import java.util.List;
import vn.hoinghi.base.RowProblem;
import vn.hoinghi.document.ImportAction;

/**
 * One row of an imported assignment sheet: the assignment it makes, and what committing does with it — add it,
 * leave it (the unit already has that topic), or refuse it with the problems naming row and column.
 */
public record ContributionImportRow(int row, ImportAction action, Long unitId, String unitName, String topic,
                                    LocalDate deadline, String notes, List<RowProblem> problems) {

    AssignmentDraft draft() {
        return new AssignmentDraft(unitId, topic, deadline, notes);
    }
}
