package vn.hoinghi.point;

import java.util.List;
import vn.hoinghi.base.RowProblem;
import vn.hoinghi.document.ImportAction;

/** One row of an imported points sheet and what committing it does. */
public record PointImportRow(int row, ImportAction action, PointDraft draft, Long matchedId, Integer matchedVersion,
                             List<RowProblem> problems) {
}
