package vn.hoinghi.delegate;

import java.util.List;
import vn.hoinghi.base.RowProblem;
import vn.hoinghi.document.ImportAction;

/** What an import would do, shown before anything is written. */
public record ImportPreview(long conferenceId, String fileName, int headerRow, List<ImportRow> rows) {

    public long count(ImportAction action) {
        return rows.stream().filter(r -> r.action() == action).count();
    }

    public List<ImportRow> rows(ImportAction action) {
        return rows.stream().filter(r -> r.action() == action).toList();
    }

    public List<RowProblem> problems() {
        return rows.stream().flatMap(r -> r.problems().stream()).toList();
    }
}
