package vn.hoinghi.submission.report;

/** What a row of the data form holds; named by {@code reports.kind.<NAME>}. */
public enum FieldKind {
    /** A section title ("1 Công tác y tế"): no value. */
    HEADING,
    /** A whole count, zero or more. */
    NUMBER,
    /** Money or another quantity in the field's unit ("triệu đồng"), zero or more, up to three decimals. */
    AMOUNT,
    /** A short free answer. */
    TEXT,
    /** A table of rows × columns ({@link FormTable}); the row itself is the table's title and holds no value. */
    TABLE;

    public boolean holdsValue() {
        return this != HEADING && this != TABLE;
    }

    public boolean numeric() {
        return this == NUMBER || this == AMOUNT;
    }
}
