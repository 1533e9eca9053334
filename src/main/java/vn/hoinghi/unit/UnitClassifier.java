package vn.hoinghi.unit;

import java.util.regex.Pattern;
import vn.hoinghi.base.SearchKey;

/** Guesses a unit's level and kind from its Vietnamese name, as offices write them in lists. */
public final class UnitClassifier {

    /** Since 1 July 2025 the commune level is xã, phường and đặc khu, and its party and people's committees. */
    private static final Pattern COMMUNE = Pattern.compile(
            "((ubnd|uy ban nhan dan|hdnd|dang uy|mttq|cong an)\\s+)?(xa|phuong|dac khu)\\s");

    private UnitClassifier() {
    }

    public static UnitLevel level(String name) {
        String k = SearchKey.fold(name);
        if (COMMUNE.matcher(k).lookingAt()) {
            return UnitLevel.COMMUNE;
        }
        if (k.contains("huyen") || k.contains("thi xa") || k.contains("thanh pho")) {
            return UnitLevel.DISTRICT;
        }
        if (k.contains("thong tan xa viet nam") || k.startsWith("bo ") && !k.startsWith("bo chi huy")) {
            return UnitLevel.CENTRAL;
        }
        return UnitLevel.PROVINCE;
    }

    public static UnitKind kind(String name) {
        String k = SearchKey.fold(name);
        if (k.startsWith("tinh uy") || k.startsWith("huyen uy") || k.startsWith("thanh uy") || k.startsWith("thi uy")
                || k.startsWith("ban tuyen giao") || k.startsWith("ban dan van") || k.startsWith("dang uy")) {
            return UnitKind.PARTY;
        }
        if (k.startsWith("ubnd") || k.startsWith("uy ban nhan dan") || k.startsWith("hdnd") || k.startsWith("van phong ubnd")) {
            return UnitKind.GOVERNMENT;
        }
        if (k.startsWith("so ") || k.startsWith("ban thi dua") || k.startsWith("bao hiem") || k.startsWith("chi nhanh")) {
            return UnitKind.DEPARTMENT;
        }
        if (k.startsWith("bo chi huy") || k.startsWith("cong an") || k.startsWith("su doan") || k.contains("bien phong")) {
            return UnitKind.ARMED_FORCES;
        }
        if (k.startsWith("benh vien") || k.startsWith("trung tam y te") || k.contains("kiem soat benh tat")
                || k.contains("cap cuu")) {
            return UnitKind.HEALTH;
        }
        if (k.startsWith("bao ") || k.startsWith("dai phat thanh") || k.contains("thong tin dien tu") || k.contains("thong tan xa")) {
            return UnitKind.PRESS;
        }
        if (k.startsWith("hoi ") || k.startsWith("tinh doan") || k.startsWith("lien doan") || k.contains("mttq")) {
            return UnitKind.ORGANISATION;
        }
        return UnitKind.OTHER;
    }
}
