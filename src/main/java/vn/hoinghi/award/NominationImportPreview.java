package vn.hoinghi.award;

import java.util.List;
import vn.hoinghi.base.RowProblem;
import vn.hoinghi.document.ImportAction;

/** What an import of a proposal sheet would do, shown before anything is written. */
public record NominationImportPreview(long conferenceId, String fileName, int headerRow, Long defaultUnitId,
                                      List<NominationImportRow> rows) {

    public long count(ImportAction action) {
        return rows.stream().filter(r -> r.action() == action).count();
    }

    public List<NominationImportRow> rows(ImportAction action) {
        return rows.stream().filter(r -> r.action() == action).toList();
    }

    public long count(ImportAction action, RecipientType type) {
        return rows.stream().filter(r -> r.action() == action && r.type() == type).count();
    }

    public List<RowProblem> problems() {
        return rows.stream().flatMap(r -> r.problems().stream()).toList();
    }
}
