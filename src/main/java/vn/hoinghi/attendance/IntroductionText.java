package vn.hoinghi.attendance;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.delegate.Gender;

/**
 * How the MC introduces a leader: "Ông Mai Công Tâm, Bí thư Tỉnh ủy"; a substitute as "Đồng chí Lê Văn Thay,
 * Phó Chủ tịch UBND tỉnh, dự thay ông Lý Đình Tâm, Phó Chủ tịch UBND tỉnh"; a leader at a remote point with
 * ", tại điểm cầu UBND huyện Vĩnh Linh". The title names the unit once, as it is said aloud: "Giám đốc Sở Y tế,
 * Thành viên Ban Chỉ đạo", "Chủ tịch UBND huyện Gio Linh".
 */
@StaysVietnamese("the MC's introductions, read aloud in the hall")
public final class IntroductionText {

    /** Said when the delegate's gender is not on the list (and for a substitute, whose gender is never asked). */
    static final String COMRADE = "Đồng chí";
    /** "UBND huyện Vĩnh Linh": the people's committee of a district, whose offices are named after the district. */
    private static final Pattern PEOPLES_COMMITTEE = Pattern.compile(
            "(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\\s+((?:huyện|quận|thị xã|thành phố)\\s.+)");

    private IntroductionText() {
    }

    public static String of(AttendanceEntry e) {
        String invited = person(honorific(e.gender()), e.fullName(), fullTitle(e.title(), e.unitName()));
        String text = !e.hasSubstitute() ? invited
                : person(COMRADE, e.substituteName(), fullTitle(e.substituteTitle(), e.unitName()))
                        + ", dự thay " + lowerFirst(invited);
        return e.atHall() ? text : text + ", " + atPoint(e.pointName());
    }

    /** "tại điểm cầu UBND huyện Vĩnh Linh", whether or not the point's name starts with "Điểm cầu". */
    static String atPoint(String pointName) {
        String name = SearchKey.clean(pointName);
        if (name == null) {
            return "tại điểm cầu";
        }
        if (SearchKey.fold(name).startsWith("diem cau ")) {
            name = name.substring("điểm cầu ".length()).strip();
        }
        return "tại điểm cầu " + name;
    }

    /**
     * The title with the unit said once: kept when it already names the unit, else the unit joins its first part
     * ("Giám đốc, Thành viên Ban Chỉ đạo" of "Sở Y tế" → "Giám đốc Sở Y tế, Thành viên Ban Chỉ đạo"), without
     * repeating words they share ("Chủ tịch UBND" of "UBND huyện Gio Linh" → "Chủ tịch UBND huyện Gio Linh"); a
     * district office is the district's ("Trưởng Công an" of "UBND huyện Gio Linh" → "Trưởng Công an huyện Gio Linh").
     */
    public static String fullTitle(String title, String unit) {
        String t = SearchKey.clean(title);
        String u = SearchKey.clean(unit);
        if (t == null || u == null) {
            return t == null ? u : t;
        }
        if (SearchKey.fold(t).contains(SearchKey.fold(u))) {
            return t;
        }
        int comma = t.indexOf(',');
        String head = comma < 0 ? t : t.substring(0, comma).strip();
        String rest = comma < 0 ? "" : t.substring(comma);
        return join(head, u) + rest;
    }

    private static String join(String head, String unit) {
        Matcher people = PEOPLES_COMMITTEE.matcher(unit);
        String role = SearchKey.fold(head);
        if (people.matches() && !role.endsWith("chu tich") && !role.endsWith("van phong")) {
            unit = people.group(1); // an office of the district, not of its committee: "Trưởng Công an huyện Gio Linh"
        }
        String[] h = head.split("\\s+");
        String[] u = unit.split("\\s+");
        for (int k = Math.min(h.length - 1, u.length); k > 0; k--) {
            String tail = String.join(" ", Arrays.copyOfRange(h, h.length - k, h.length));
            String start = String.join(" ", Arrays.copyOfRange(u, 0, k));
            if (SearchKey.fold(tail).equals(SearchKey.fold(start))) {
                return head + (k == u.length ? "" : " " + String.join(" ", Arrays.copyOfRange(u, k, u.length)));
            }
        }
        return head + " " + unit;
    }

    private static String person(String honorific, String name, String title) {
        return honorific + " " + name + (title == null ? "" : ", " + title);
    }

    static String honorific(Gender gender) {
        return gender == null ? COMRADE : gender.honorific();
    }

    /** "ông", "bà", "đồng chí" inside a sentence. */
    private static String lowerFirst(String text) {
        return text.substring(0, 1).toLowerCase(java.util.Locale.forLanguageTag("vi")) + text.substring(1);
    }
}
