package vn.hoinghi.conference;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import vn.hoinghi.base.SearchKey;

/**
 * A province typed with other diacritics, case or spacing, or with "Tỉnh" / "Thành phố" in front ("quang tri",
 * "Tỉnh Quảng Trị"), is written as the earliest conference of that province wrote it, so that its units stay one
 * province's (decision 034). A province no conference has yet is kept as typed.
 */
final class ProvinceSpelling {

    private static final Pattern PREFIX = Pattern.compile("^(tinh|thanh pho|tp\\.?)\\s+");

    private ProvinceSpelling() {
    }

    static String existing(String typed, List<Conference> conferences) {
        String key = key(typed);
        if (key.isEmpty()) {
            return typed;
        }
        return conferences.stream().sorted(Comparator.comparingLong(Conference::id))
                .map(Conference::province).filter(p -> p != null && key(p).equals(key))
                .findFirst().orElse(typed);
    }

    private static String key(String province) {
        return PREFIX.matcher(SearchKey.fold(province)).replaceFirst("");
    }
}
