package vn.hoinghi.submission.report;

import java.math.BigDecimal;

/** A filled field of a report: a number for NUMBER and AMOUNT fields, a text for TEXT fields. */
public record FieldValue(BigDecimal number, String text) {

    public static FieldValue of(BigDecimal number) {
        return new FieldValue(number, null);
    }

    public static FieldValue of(String text) {
        return new FieldValue(null, text);
    }

    /** As a user reads it: numbers in the Vietnamese way ("1.234,5"). */
    public String display() {
        return number != null ? VietnameseNumbers.format(number) : text;
    }
}
