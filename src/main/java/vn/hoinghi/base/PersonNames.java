package vn.hoinghi.base;

import java.util.Locale;

/** People's names typed in capitals or lower case, with stray spaces, put in the usual form "Đinh Đức Hiếu". */
public final class PersonNames {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private PersonNames() {
    }

    public static String properCase(String raw) {
        String clean = SearchKey.clean(raw);
        if (clean == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(clean.length());
        for (String word : clean.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            int first = word.codePointAt(0);
            out.appendCodePoint(Character.toTitleCase(first))
                    .append(word.substring(Character.charCount(first)).toLowerCase(VIETNAMESE));
        }
        return out.toString();
    }

    /** Only names written all in capitals or all in lower case are recased; "Lê Văn A" or "MacLean" stay as typed. */
    public static String tidy(String raw) {
        String clean = SearchKey.clean(raw);
        if (clean == null) {
            return null;
        }
        boolean allUpper = clean.equals(clean.toUpperCase(VIETNAMESE));
        boolean allLower = clean.equals(clean.toLowerCase(VIETNAMESE));
        return allUpper || allLower ? properCase(clean) : clean;
    }
}
