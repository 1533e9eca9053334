package vn.hoinghi.submission.report;

import java.util.List;

/**
 * A row of a form's table. A total row ({@code sumOf} not empty) is computed by the app from the rows with those
 * codes ("Tổng (1+2+3+4)"); level 2 marks a part of the row above it.
 */
public record TableRow(long id, int position, String code, String label, int level, List<String> sumOf) {

    public TableRow {
        sumOf = List.copyOf(sumOf);
    }

    /** Computed by the app, never typed. */
    public boolean total() {
        return !sumOf.isEmpty();
    }
}
