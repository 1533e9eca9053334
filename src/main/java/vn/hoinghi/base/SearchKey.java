package vn.hoinghi.base;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Diacritic-blind search: "Nguyễn Văn Đức" and "nguyen van duc" fold to the same key. */
@StaysVietnamese("the Vietnamese letters folded for searching")
public final class SearchKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchKey() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String unmarked = MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(unmarked.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    }

    /** Trims, collapses spaces and puts text in NFC, the form fonts and databases expect. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip()).replaceAll(" ");
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** Text of several lines: composed (NFC), trailing spaces and blank edges trimmed, the lines kept; blank as null. */
    public static String cleanLines(String text) {
        if (text == null) {
            return null;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n")
                .replaceAll("[ \\t]+\n", "\n").strip();
        return s.isEmpty() ? null : s;
    }
}
