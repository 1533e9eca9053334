package vn.hoinghi.delegate;

import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;

public enum Gender {
    MALE, FEMALE;

    /**
     * "Ông" or "Bà", as invitations, the MC and the scanners address a delegate: always Vietnamese, whatever the
     * page's language. A page shows {@code getTranslation("honorific." + gender.name())} instead.
     */
    public String honorific() {
        return Texts.in(Texts.VIETNAMESE, "honorific." + name());
    }

    /** "Nam", "Nữ", "Ông", "Bà", "M", "F"… or null when the text says neither. */
    public static Gender parse(String text) {
        return switch (SearchKey.fold(text)) {
            case "nam", "ong", "m", "male", "trai" -> MALE;
            case "nu", "ba", "f", "female", "gai" -> FEMALE;
            default -> null;
        };
    }
}
