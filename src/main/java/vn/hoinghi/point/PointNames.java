package vn.hoinghi.point;

import java.util.regex.Pattern;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.StaysVietnamese;

/**
 * How a point's name is matched: diacritic-blind and without the words offices add or leave out,
 * so "Điểm cầu UBND huyện Vĩnh Linh", "điểm cầu Vĩnh Linh" and "Vinh Linh" are one point.
 */
@StaysVietnamese("the words offices write in point names")
public final class PointNames {

    private static final Pattern NOISE = Pattern.compile(
            "^(diem cau( truc tuyen)?|phong hop( truc tuyen)?)\\s*|\\b(ubnd|uy ban nhan dan)\\s*|\\b(thanh pho|thi xa|huyen|tp\\.?|tx\\.?)\\s+");

    private static final Pattern LEADING_WORD = Pattern.compile("^\\s*(điểm cầu|diem cau)\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private PointNames() {
    }

    /**
     * The name without a leading "Điểm cầu", for texts that say it already ("Từ điểm cầu {name}"): "Điểm cầu UBND
     * huyện Vĩnh Linh" becomes "UBND huyện Vĩnh Linh".
     */
    public static String spoken(String name) {
        if (name == null) {
            return null;
        }
        String nfc = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC);
        String rest = LEADING_WORD.matcher(nfc).replaceFirst("");
        return rest.isBlank() ? nfc : rest;
    }

    /** "Điểm cầu UBND huyện Đakrông" reads "điểm cầu UBND huyện Đakrông" inside a sentence ("Từ {0}"). */
    public static String inSentence(String name) {
        return name != null && name.startsWith("Điểm cầu") ? "điểm cầu" + name.substring("Điểm cầu".length()) : name;
    }

    public static String key(String name) {
        String folded = SearchKey.fold(name).replace("-", " ");
        String previous;
        do {
            previous = folded;
            folded = NOISE.matcher(folded).replaceAll("").strip();
        } while (!folded.equals(previous));
        return folded.isEmpty() ? SearchKey.fold(name) : folded;
    }
}
