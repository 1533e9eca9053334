package vn.hoinghi.point;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.StaysVietnamese;

/**
 * What a point is: the hall, a commune-level unit's room (since 1 July 2025: xã, phường, đặc khu), a former
 * district's room (the 2021 plans), a department's, or another place.
 */
@StaysVietnamese("the words offices write in point and unit names")
public enum PointKind {
    HALL, WARD, COMMUNE, SPECIAL_ZONE, DISTRICT, DEPARTMENT, OTHER;

    /** The first word that says what a unit is: "xã A, huyện B" is a commune, "UBND thị xã C" a district. */
    private static final Pattern ADMINISTRATIVE = Pattern.compile("\\b(dac khu|phuong|thi xa|thanh pho|huyen|xa)\\b");
    /** Read with the marks: folded, "Sở" would be "số" (a number) and "Ban" a village ("bản"). */
    private static final Pattern AGENCY = Pattern.compile("(?U)(^|\\W)(sở|ban|cục|chi cục|công an tỉnh|bộ chỉ huy)\\s");

    /** Read from the point's name, then its host unit's; the hall is the hall whatever its name. */
    public static PointKind guess(boolean hall, String name, String hostUnitName) {
        if (hall) {
            return HALL;
        }
        PointKind byName = fromWords(name);
        return byName != OTHER ? byName : fromWords(hostUnitName);
    }

    private static PointKind fromWords(String text) {
        Matcher m = ADMINISTRATIVE.matcher(SearchKey.fold(text));
        if (m.find()) {
            return switch (m.group(1)) {
                case "dac khu" -> SPECIAL_ZONE;
                case "phuong" -> WARD;
                case "xa" -> COMMUNE;
                default -> DISTRICT;
            };
        }
        String lower = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return AGENCY.matcher(lower).find() ? DEPARTMENT : OTHER;
    }

    /** A kind as a sheet writes it ("Phường", "xã", "Đặc khu", "Hội trường", "WARD"); empty when it says none. */
    public static Optional<PointKind> read(String text) {
        String folded = SearchKey.fold(text);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        for (PointKind k : values()) {
            if (k.name().equalsIgnoreCase(folded.replace(' ', '_'))) {
                return Optional.of(k);
            }
        }
        if (PointService.isHallName(text)) {
            return Optional.of(HALL);
        }
        if (folded.equals("khac")) {
            return Optional.of(OTHER);
        }
        if (folded.equals("so nganh") || folded.equals("department")) {
            return Optional.of(DEPARTMENT);
        }
        PointKind byWords = fromWords(text);
        return byWords == OTHER ? Optional.empty() : Optional.of(byWords);
    }

    /** A commune-level unit's point (two-tier local government). */
    public boolean commune() {
        return this == WARD || this == COMMUNE || this == SPECIAL_ZONE;
    }
}
