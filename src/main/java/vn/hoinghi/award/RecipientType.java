package vn.hoinghi.award;

import java.util.Optional;
import vn.hoinghi.base.SearchKey;

/** Who is proposed: a collective (a unit, a team) or an individual. Quotas are set per type. */
public enum RecipientType {
    COLLECTIVE,
    INDIVIDUAL;

    /** Its name in the translation files ("Tập thể", "Collective"). */
    public String key() {
        return "awards.type." + name();
    }

    /** "Tập thể", "TAP THE", "TT", "Cá nhân", "cn", …; empty when the text names neither. */
    public static Optional<RecipientType> parse(String text) {
        String key = SearchKey.fold(text).replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
        return switch (key) {
            case "tap the", "tt", "collective", "to chuc", "don vi" -> Optional.of(COLLECTIVE);
            case "ca nhan", "cn", "individual", "person" -> Optional.of(INDIVIDUAL);
            // "Tập thể (đơn vị)", "Cá nhân – ông/bà": one of the two words and not the other.
            default -> key.contains("tap the") == key.contains("ca nhan") ? Optional.empty()
                    : Optional.of(key.contains("tap the") ? COLLECTIVE : INDIVIDUAL);
        };
    }
}
