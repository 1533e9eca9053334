package vn.hoinghi.submission.report;

import java.util.ArrayList;
import java.util.List;

/**
 * How a table's column headings are printed, the same on the page, in the .xlsx and in the PDF: one heading row, or
 * two when a group heading ("Xử lý") spans consecutive columns with that group; the columns without a group take
 * both rows.
 */
public final class TableHeadings {

    /** A cell of the top heading row: a group over {@code count} columns from {@code first}, or one column's heading. */
    public record Top(String text, int first, int count, boolean group) {
    }

    private TableHeadings() {
    }

    /** Whether the table has a second heading row (some column has a group). */
    public static boolean twoRows(List<TableColumn> columns) {
        return columns.stream().anyMatch(TableHeadings::grouped);
    }

    /** The top heading row, left to right (after the row number and the content headings). */
    public static List<Top> top(List<TableColumn> columns) {
        List<Top> top = new ArrayList<>();
        for (int c = 0; c < columns.size(); ) {
            TableColumn first = columns.get(c);
            int end = c;
            while (grouped(first) && end + 1 < columns.size() && first.group().equals(columns.get(end + 1).group())) {
                end++;
            }
            top.add(grouped(first) ? new Top(first.group(), c, end - c + 1, true) : new Top(label(first), c, 1, false));
            c = end + 1;
        }
        return top;
    }

    /** Whether the column sits under a group heading (its own heading in the second row). */
    public static boolean grouped(TableColumn column) {
        return column.group() != null && !column.group().isBlank();
    }

    /** A column's heading, with its unit where it has one: "Kinh phí (triệu đồng)". */
    public static String label(TableColumn column) {
        return column.unitLabel() == null || column.unitLabel().isBlank() ? column.label()
                : column.label() + " (" + column.unitLabel() + ")";
    }
}
