package vn.hoinghi.submission.report;

import java.util.Map;

/**
 * What a unit typed in its data form, as the page sends it: the one-value rows by field id and the table cells (only
 * the typed ones; computed cells are never sent, and the service refuses them). A blank text stands for a blank.
 */
public record ReportInput(Map<Long, String> figures, Map<CellKey, String> cells) {

    public ReportInput {
        figures = Map.copyOf(figures);
        cells = Map.copyOf(cells);
    }

    /** One-value rows only: for a form without tables (its table cells, if any, are cleared). */
    public static ReportInput figures(Map<Long, String> figures) {
        return new ReportInput(figures, Map.of());
    }
}
