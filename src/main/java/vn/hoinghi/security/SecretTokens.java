package vn.hoinghi.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Bearer secrets for devices and displays: 192 random bits, URL-safe; only their SHA-256 is stored. A desk link's
 * secret is a short code instead, to be typed from a printed card (decision 026).
 */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {
    }

    public static String newToken() {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** Letters and digits nobody misreads on paper: no 0/O, 1/I/L. */
    static final String SHORT_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    /** 12 symbols of 31: about 59 bits, with the sign-in throttle far beyond guessing. */
    static final int SHORT_LENGTH = 12;
    private static final int SHORT_GROUP = 4;

    /** A short code as printed and typed: groups of four, e.g. {@code K7QP-MX3D-R9TA}. */
    public static String newShortCode() {
        StringBuilder code = new StringBuilder(SHORT_LENGTH + 2);
        for (int i = 0; i < SHORT_LENGTH; i++) {
            if (i > 0 && i % SHORT_GROUP == 0) {
                code.append('-');
            }
            code.append(SHORT_ALPHABET.charAt(RANDOM.nextInt(SHORT_ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * The secret as its hash is taken: a short code without its dashes or spaces, in capitals (as typed from a
     * card, in any case); a long token as given. Long tokens are 32 characters, short codes at most 20 written out.
     */
    public static String canonical(String token) {
        String t = token.strip();
        if (t.length() > 20) {
            return t;
        }
        return t.replace("-", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
