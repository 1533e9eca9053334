package vn.hoinghi.submission;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.unit.Unit;

/**
 * The units directory by name or short name as offices write them: without diacritics, case, punctuation or extra
 * spaces, and with "Ủy ban nhân dân" and "UBND" (or "Mặt trận Tổ quốc" and "MTTQ") the same.
 */
final class UnitNames {

    private static final String[][] SAME = {{"uy ban nhan dan", "ubnd"}, {"mat tran to quoc", "mttq"},
            {"thanh pho", "tp"}};

    private final Map<String, Unit> byKey = new HashMap<>();

    UnitNames(List<Unit> units) {
        units.forEach(u -> byKey.putIfAbsent(key(u.name()), u));
        units.stream().filter(u -> u.shortName() != null).forEach(u -> byKey.putIfAbsent(key(u.shortName()), u));
    }

    Optional<Unit> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byKey.get(key(name)));
    }

    static String key(String name) {
        String key = " " + SearchKey.fold(name).replaceAll("[^a-z0-9]+", " ").strip() + " ";
        for (String[] pair : SAME) {
            key = key.replace(" " + pair[0] + " ", " " + pair[1] + " ");
        }
        return key.strip();
    }
}
