package vn.hoinghi.document;

/**
 * Where a cell of an imported file becomes text: characters that only hide or reorder what a reader sees are taken
 * out — NUL and the other control characters but tab and line breaks, the bidi overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), the zero-width spaces and joiners (U+200B–U+200D) and U+FEFF — so a name cannot
 * look like another one on screen, in a PDF or in a search.
 */
final class CellText {

    private CellText() {
    }

    /** The text without those characters; {@code null} when nothing visible is left. */
    static String of(CharSequence raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!hidden(c)) {
                text.append(c);
            }
        }
        String s = text.toString();
        return s.isBlank() ? null : s;
    }

    static boolean hidden(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                || c == 0x7F
                || c >= 0x200B && c <= 0x200D
                || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069
                || c == 0xFEFF;
    }
}
