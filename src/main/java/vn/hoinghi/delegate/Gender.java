package vn.hoinghi.delegate;

import vn.hoinghi.base.SearchKey;

public enum Gender {
    MALE("Ông"), FEMALE("Bà");

    private final String honorific;

    Gender(String honorific) {
        this.honorific = honorific;
    }

    /** "Ông" or "Bà", as invitations and the MC address a delegate. */
    public String honorific() {
        return honorific;
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
