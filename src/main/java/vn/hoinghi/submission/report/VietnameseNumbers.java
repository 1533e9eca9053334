package vn.hoinghi.submission.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.regex.Pattern;

/**
 * Numbers written the Vietnamese way: a dot between thousands, a comma before the decimals ("1.234,5"). Reading
 * is strict about the dot — "12.5" is refused rather than guessed as 125 or 12,5 — because a wrong guess would go
 * unnoticed into the province's totals.
 */
public final class VietnameseNumbers {

    /** DECIMAL(18, 3): fifteen digits before the comma. */
    static final BigDecimal MAX = new BigDecimal("999999999999999");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("\\d+(,\\d+)?");

    private VietnameseNumbers() {
    }

    /**
     * The number written in {@code raw}, or an {@link IllegalArgumentException} saying in Vietnamese what is wrong
     * ("phải là số nguyên không âm"); {@code whole}: only whole numbers are accepted.
     */
    public static BigDecimal parse(String raw, boolean whole) {
        String text = raw.replaceAll("[\\s\\u00A0\\u202F]", "");
        String expected = whole ? "phải là số nguyên không âm" : "phải là số không âm";
        if (text.startsWith("-") || text.startsWith("\u2212")) {
            throw new IllegalArgumentException(expected + " (không được âm)");
        }
        if (!GROUPED.matcher(text).matches() && !PLAIN.matcher(text).matches()) {
            boolean dotAsDecimal = text.matches("\\d+\\.\\d+");
            throw new IllegalArgumentException(expected + (dotAsDecimal
                    ? ", viết dấu chấm giữa hàng nghìn và dấu phẩy trước phần thập phân (ví dụ 1.234 hoặc 12,5)"
                    : ", ví dụ " + (whole ? "1.234" : "1.234,5")));
        }
        BigDecimal value = new BigDecimal(text.replace(".", "").replace(',', '.'));
        if (whole && value.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(expected + " (không có phần thập phân)");
        }
        if (!whole && value.stripTrailingZeros().scale() > 3) {
            throw new IllegalArgumentException("chỉ được tối đa 3 chữ số sau dấu phẩy");
        }
        if (value.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("lớn quá (tối đa 999.999.999.999.999)");
        }
        return whole ? value.setScale(0, java.math.RoundingMode.UNNECESSARY) : value.stripTrailingZeros();
    }

    /** "1.234,5"; whole numbers without a comma. */
    public static String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.###", symbols);
        return format.format(value);
    }
}
