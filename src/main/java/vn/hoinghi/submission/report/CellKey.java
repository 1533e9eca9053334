package vn.hoinghi.submission.report;

/** A cell of a form's table: its row and its column. */
public record CellKey(long rowId, long columnId) {

    /** The key the unit's page and the messages use: "cell-{row}-{column}". */
    public String key() {
        return "cell-" + rowId + "-" + columnId;
    }
}
