package vn.hoinghi.document;

import java.math.BigDecimal;

/** How a workbook's raw cell values and references read as the user wrote them. */
final class XlsxValues {

    private XlsxValues() {
    }

    /** A number as the user typed it: 912345678, not 9.12345678E8; one past the usual sizes keeps its written form. */
    static String typedNumber(String raw) {
        if (raw.length() > 40) {
            return raw;
        }
        try {
            BigDecimal n = new BigDecimal(raw).stripTrailingZeros();
            return n.scale() < -30 || n.scale() > 30 ? raw : n.toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    /** "AB12" → 27; a reference of more than three letters is past any real sheet: -1. */
    static int column(String reference) {
        int column = 0;
        int letters = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            char c = Character.toUpperCase(reference.charAt(i));
            if (c < 'A' || c > 'Z' || ++letters > 3) {
                return -1;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    /** A value quoted in a refusal, cut short. */
    static String abbreviated(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }
}
