package vn.hoinghi.base;

/** Why one row of an imported file is refused: its row number in the file, the field (as a user names it), and a message. */
public record RowProblem(int row, String field, String message) {

    @Override
    public String toString() {
        return Texts.t("import.rowProblem", String.valueOf(row), field, message);
    }
}
