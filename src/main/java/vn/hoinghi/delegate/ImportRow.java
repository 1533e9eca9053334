package vn.hoinghi.delegate;

import java.util.List;
import vn.hoinghi.base.RowProblem;
import vn.hoinghi.document.ImportAction;

/**
 * One data row of an imported delegate sheet, normalised, and what committing it will do: add a delegate,
 * update the matched one (with the fields that change), leave it as it is, or refuse the row.
 */
public record ImportRow(int row, ImportAction action, String fullName, Gender gender, String title, String unitName,
                        String groupName, Long pointId, String pointName, Integer protocolRank, String phone,
                        String email, String notes, Long matchedId, Integer matchedVersion, List<String> changes,
                        List<RowProblem> problems) {
}
