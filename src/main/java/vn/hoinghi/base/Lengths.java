package vn.hoinghi.base;

import java.util.Map;

/**
 * A text longer than its column is refused before anything is written, with the field named: each feature keeps its
 * columns' limits (the migrations' VARCHAR sizes) as constants next to its rules and checks them here — in the form
 * and in the import's preview alike, so an imported row that would not fit is a refused row, not a failed commit.
 */
public final class Lengths {

    private Lengths() {
    }

    /** Adds {@link #tooLong}'s message for the field, unless it already has a problem. */
    public static void check(Map<String, String> errors, String field, String value, int max, String label) {
        String problem = tooLong(value, max, label);
        if (problem != null && !errors.containsKey(field)) {
            errors.put(field, problem);
        }
    }

    /** the field is n characters long, over max, or {@code null} when the value fits. */
    public static String tooLong(String value, int max, String label) {
        return value != null && value.length() > max
                ? Texts.t("field.tooLong", label, String.valueOf(value.length()), String.valueOf(max)) : null;
    }
}
