package vn.hoinghi.submission;

import java.util.List;
import vn.hoinghi.base.RowProblem;
import vn.hoinghi.document.ImportAction;

/** What importing an assignment sheet would do, shown before anything is written. */
public record ContributionImportPreview(long conferenceId, String fileName, List<ContributionImportRow> rows) {

    public List<ContributionImportRow> rows(ImportAction action) {
        return rows.stream().filter(r -> r.action() == action).toList();
    }

    public long count(ImportAction action) {
        return rows(action).size();
    }

    public List<RowProblem> problems() {
        return rows.stream().flatMap(r -> r.problems().stream()).toList();
    }
}
