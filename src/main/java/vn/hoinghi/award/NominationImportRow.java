package vn.hoinghi.award;

import java.util.List;
import vn.hoinghi.base.RowProblem;
import vn.hoinghi.document.ImportAction;

/**
 * One proposal row of an imported sheet, normalised, and what committing it will do: add it, leave it (already
 * proposed), or refuse it with the problems naming row and field. Warnings do not stop a row (the same person
 * proposed by two units, a proposing unit that the directory does not have yet).
 */
public record NominationImportRow(int row, ImportAction action, RecipientType type, String form, String proposingUnit,
                                  String fullName, String title, String workUnit, String achievement,
                                  List<String> warnings, List<RowProblem> problems) {

    NominationImportRow with(ImportAction newAction, List<String> moreWarnings, List<RowProblem> moreProblems) {
        List<String> w = new java.util.ArrayList<>(warnings);
        w.addAll(moreWarnings);
        List<RowProblem> p = new java.util.ArrayList<>(problems);
        p.addAll(moreProblems);
        return new NominationImportRow(row, newAction, type, form, proposingUnit, fullName, title, workUnit,
                achievement, List.copyOf(w), List.copyOf(p));
    }
}
