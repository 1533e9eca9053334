package vn.hoinghi.submission.report;

import java.util.List;

/** A table part as the committee writes it, or as it is read from a template or the plan's .xlsx. */
public record TableDraft(String code, String title, List<Column> columns, List<Row> rows) {

    public TableDraft {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public record Column(String group, String label, ColumnKind kind, String unitLabel) {
    }

    /** {@code sumOf} the codes a total row adds up ("1", "2", "3", "4"), empty for a typed row. */
    public record Row(String code, String label, int level, List<String> sumOf) {

        public Row {
            sumOf = List.copyOf(sumOf);
        }

        /** Computed by the app from the rows it names, never typed. */
        public boolean total() {
            return !sumOf.isEmpty();
        }
    }
}
