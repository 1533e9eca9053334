package vn.hoinghi.security;

import java.text.Normalizer;
import java.util.regex.Pattern;
import vn.hoinghi.base.SearchKey;

/**
 * The one form of a user name. An account is created with it and a login is looked up and throttled by it, so
 * "SECLOCK", "sêclock" and "ｓｅｃｌｏｃｋ" are all the account "seclock" (and two accounts never differ by accents or case).
 */
final class UserNames {

    static final int MAX_LENGTH = 100; // account.username
    private static final Pattern VALID = Pattern.compile("[a-z0-9._-]{3," + MAX_LENGTH + "}");

    private UserNames() {
    }

    /** Compatibility forms (full-width letters) made plain, then case, accents and đ folded, spaces trimmed. */
    static String canonical(String typed) {
        return typed == null ? "" : SearchKey.fold(Normalizer.normalize(typed, Normalizer.Form.NFKC));
    }

    /** Whether a canonical name is one an account may have. */
    static boolean isValid(String canonical) {
        return VALID.matcher(canonical).matches();
    }
}
