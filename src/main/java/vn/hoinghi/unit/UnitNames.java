package vn.hoinghi.unit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hoinghi.base.SearchKey;

/**
 * The units directory by name or short name as offices write them in their sheets: without diacritics, case,
 * punctuation or extra spaces, with the usual abbreviations spelled one way ("Ủy ban nhân dân huyện X" is "UBND
 * huyện X", "Mặt trận Tổ quốc" is "MTTQ", "Thành phố" is "TP"). For imports, which match and never create.
 */
public final class UnitNames {

    private static final String[][] SAME = {{"uy ban nhan dan", "ubnd"}, {"hoi dong nhan dan", "hdnd"},
            {"mat tran to quoc", "mttq"}, {"uy ban mttq", "ubmttq"}, {"thanh pho", "tp"}};

    private final Map<String, Unit> byKey = new HashMap<>();

    public UnitNames(List<Unit> units) {
        units.forEach(u -> byKey.putIfAbsent(key(u.name()), u));
        units.stream().filter(u -> u.shortName() != null).forEach(u -> byKey.putIfAbsent(key(u.shortName()), u));
    }

    public Optional<Unit> find(String name) {
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
