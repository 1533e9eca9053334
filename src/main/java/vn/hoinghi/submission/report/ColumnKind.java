package vn.hoinghi.submission.report;

/** What a table column's cells hold; named by {@code reports.columnKind.<NAME>}. */
public enum ColumnKind {
    /** Whole counts, typed by units. */
    NUMBER,
    /** Money or another quantity in the column's unit, typed by units. */
    AMOUNT,
    /** Short free answers, typed by units. */
    TEXT,
    /** The sum of the row's NUMBER and AMOUNT cells, computed by the app. */
    TOTAL;

    /** Units type these cells; TOTAL cells are computed, never typed. */
    public boolean typed() {
        return this != TOTAL;
    }

    public boolean numeric() {
        return this != TEXT;
    }

    /** The field kind whose rules (whole or decimal, the text's length) a typed cell of this column follows. */
    public FieldKind fieldKind() {
        return switch (this) {
            case NUMBER, TOTAL -> FieldKind.NUMBER;
            case AMOUNT -> FieldKind.AMOUNT;
            case TEXT -> FieldKind.TEXT;
        };
    }
}
