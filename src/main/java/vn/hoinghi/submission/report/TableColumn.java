package vn.hoinghi.submission.report;

/**
 * A column of a form's table, left to right after the row number and the row heading. {@code group} is the heading
 * printed above it and its neighbours with the same group ("Xử lý"), or null.
 */
public record TableColumn(long id, int position, String group, String label, ColumnKind kind, String unitLabel) {
}
