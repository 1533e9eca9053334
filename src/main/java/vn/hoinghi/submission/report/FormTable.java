package vn.hoinghi.submission.report;

import java.util.List;
import java.util.Optional;
import vn.hoinghi.base.Texts;

/** A table part of the data form: the form's row of kind TABLE that titles it, its columns and its rows in order. */
public record FormTable(ReportField field, List<TableColumn> columns, List<TableRow> rows) {

    public FormTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Whether units type this cell: a typed column in a row that is not a total row. */
    public boolean typed(CellKey cell) {
        return row(cell.rowId()).filter(r -> !r.total()).isPresent()
                && column(cell.columnId()).filter(c -> c.kind().typed()).isPresent();
    }

    /** The table as the committee edits it. */
    public TableDraft draft() {
        return new TableDraft(field.code(), field.label(),
                columns.stream().map(c -> new TableDraft.Column(c.group(), c.label(), c.kind(), c.unitLabel())).toList(),
                rows.stream().map(r -> new TableDraft.Row(r.code(), r.label(), r.level(), r.sumOf())).toList());
    }

    /** "Bảng 6 dòng × 4 cột"'s figures: how many rows and columns, the row number and heading columns left out. */
    public String shape() {
        return Texts.t("submission.table.shape", String.valueOf(rows.size()), String.valueOf(columns.size()));
    }

    public Optional<TableRow> row(long id) {
        return rows.stream().filter(r -> r.id() == id).findFirst();
    }

    public Optional<TableColumn> column(long id) {
        return columns.stream().filter(c -> c.id() == id).findFirst();
    }

    /** The row a total row names by its code ("1"), if any. */
    public Optional<TableRow> rowByCode(String code) {
        return rows.stream().filter(r -> code.equals(r.code())).findFirst();
    }
}
