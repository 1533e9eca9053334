package vn.hoinghi.base;

import java.util.Optional;
import java.util.regex.Pattern;

/** Vietnamese phone numbers as offices write them: "+84 912 345 678", "0912.345.678", "84912345678". */
public final class Phones {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");
    private static final Pattern NATIONAL = Pattern.compile("0[1-9]\\d{8,9}");

    private Phones() {
    }

    /** The number in national form ("0912345678"), or empty when it is not a Vietnamese phone number. */
    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(raw.strip()).replaceAll("");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        } else if (digits.matches("[1-9]\\d{8}")) {
            digits = "0" + digits; // Excel drops the leading zero of a number stored as a number
        }
        if (digits.startsWith("0") && digits.length() > 1 && digits.charAt(1) == '0') {
            return Optional.empty();
        }
        return NATIONAL.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }
}
