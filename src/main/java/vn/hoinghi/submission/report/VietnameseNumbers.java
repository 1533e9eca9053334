package vn.hoinghi.submission.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.regex.Pattern;
import vn.hoinghi.base.Texts;

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
     * The number written in {@code raw}, or an {@link IllegalArgumentException} saying in the page's language what is
     * wrong ("must be a whole number, zero or more"); {@code whole}: only whole numbers are accepted.
     */
    public static BigDecimal parse(String raw, boolean whole) {
        String text = raw.replaceAll("[\\s\\u00A0\\u202F]", "");
        String expected = Texts.t(whole ? "submission.number.whole" : "submission.number.any");
        if (text.startsWith("-") || text.startsWith("\u2212")) {
            throw new IllegalArgumentException(Texts.t("submission.number.negative", expected));
        }
        if (!GROUPED.matcher(text).matches() && !PLAIN.matcher(text).matches()) {
            boolean dotAsDecimal = text.matches("\\d+\\.\\d+");
            throw new IllegalArgumentException(dotAsDecimal ? Texts.t("submission.number.dotAsDecimal", expected)
                    : Texts.t("submission.number.example", expected, whole ? "1.234" : "1.234,5"));
        }
        BigDecimal value = new BigDecimal(text.replace(".", "").replace(',', '.'));
        if (whole && value.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(Texts.t("submission.number.fraction", expected));
        }
        if (!whole && value.stripTrailingZeros().scale() > 3) {
            throw new IllegalArgumentException(Texts.t("submission.number.decimals"));
        }
        if (value.compareTo(MAX) > 0) {
            throw new IllegalArgumentException(Texts.t("submission.number.tooLarge"));
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
