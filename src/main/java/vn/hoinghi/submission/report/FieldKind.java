package vn.hoinghi.submission.report;

/** What a row of the data form holds. */
public enum FieldKind {
    /** A section title ("1 Công tác y tế"): no value. */
    HEADING("Tiêu đề mục"),
    /** A whole count, zero or more. */
    NUMBER("Số nguyên"),
    /** Money or another quantity in the field's unit ("triệu đồng"), zero or more, up to three decimals. */
    AMOUNT("Số tiền / số lượng có đơn vị"),
    /** A short free answer. */
    TEXT("Câu trả lời ngắn");

    public final String label;

    FieldKind(String label) {
        this.label = label;
    }

    public boolean holdsValue() {
        return this != HEADING;
    }

    public boolean numeric() {
        return this == NUMBER || this == AMOUNT;
    }
}
