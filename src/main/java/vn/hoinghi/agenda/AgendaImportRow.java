package vn.hoinghi.agenda;

import java.util.List;
import vn.hoinghi.base.RowProblem;

/** One row of an imported agenda file: the item it makes, the point it comes from, or why it is refused. */
public record AgendaImportRow(int row, AgendaDraft draft, String pointName, List<RowProblem> problems) {

    public boolean ok() {
        return problems.isEmpty();
    }
}
