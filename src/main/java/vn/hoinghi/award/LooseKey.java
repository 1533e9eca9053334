package vn.hoinghi.award;

import vn.hoinghi.base.SearchKey;

/**
 * Compares names of award forms and units as offices write them: without diacritics or punctuation, with the
 * usual abbreviations spelled one way ("Ủy ban nhân dân" = "UBND") and without the little word "của", so
 * "Bằng khen Chủ tịch Ủy ban nhân dân tỉnh" is "Bằng khen của Chủ tịch UBND tỉnh".
 */
final class LooseKey {

    private static final String[][] SAME = {
            {"uy ban nhan dan", "ubnd"}, {"hoi dong nhan dan", "hdnd"}, {"mat tran to quoc", "mttq"},
            {"uy ban mttq", "ubmttq"}, {"bk ", "bang khen "}, {"gk ", "giay khen "}, {"tp ", "thanh pho "}};

    private LooseKey() {
    }

    static String of(String text) {
        String key = " " + SearchKey.fold(text).replaceAll("[^a-z0-9]+", " ").strip() + " ";
        for (String[] pair : SAME) {
            key = key.replace(" " + pair[0], " " + pair[1]);
        }
        return key.replace(" cua ", " ").replaceAll("\\s+", " ").strip();
    }
}
