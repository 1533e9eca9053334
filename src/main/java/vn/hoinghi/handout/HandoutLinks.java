package vn.hoinghi.handout;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import vn.hoinghi.conference.CodeSecrets;

/**
 * A delegate's download link of one handout: "/tai-lieu/{handout}.{delegate}.{serial}.{expiry}.{mac}" (base 36; the
 * expiry in epoch seconds), the mac an HMAC-SHA256 over all of them and the conference with the conference's own key
 * (128 bits kept), under a label of its own so that no invitation code can pass for a link or the reverse. Nothing of
 * it is stored: it is checked by recomputing, and the serial, the expiry and the handout's audience are checked again
 * at every download (decision 039).
 */
@Component
public class HandoutLinks {

    public static final String PREFIX = "/tai-lieu/";
    /** Long enough for a page opened in the morning to serve the whole day; a forwarded link dies by the next. */
    public static final Duration LIFETIME = Duration.ofHours(12);

    private static final Pattern LINK = Pattern.compile(
            "([0-9a-z]{1,12})\\.([0-9a-z]{1,12})\\.([0-9a-z]{1,6})\\.([0-9a-z]{1,8})\\.([A-Za-z0-9_-]{22})");
    private final CodeSecrets secrets;
    private final Map<Long, Mac> keyedMacs = new ConcurrentHashMap<>();

    HandoutLinks(CodeSecrets secrets) {
        this.secrets = secrets;
    }

    /** What a link names, once its mac is found genuine; its expiry and the rest are for the caller to check. */
    public record Claim(long handoutId, long delegateId, int serial, Instant expires) {
    }

    /** A link's text as it arrives: its numbers, not yet checked; the mac needs the handout's conference. */
    record Parsed(long handoutId, long delegateId, int serial, long expires, String mac) {
    }

    String link(long conferenceId, long handoutId, long delegateId, int serial, Instant expires) {
        long at = expires.getEpochSecond();
        Mac keyed = keyedMacs.computeIfAbsent(conferenceId, id -> keyed(secrets.secret(id)));
        return PREFIX + b36(handoutId) + "." + b36(delegateId) + "." + b36(serial) + "." + b36(at) + "."
                + mac(keyed, conferenceId, handoutId, delegateId, serial, at);
    }

    /** The link's parts, or empty when it does not have the shape of one. */
    static Optional<Parsed> parse(String token) {
        Matcher m = token == null ? null : LINK.matcher(token);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Parsed(Long.parseLong(m.group(1), 36), Long.parseLong(m.group(2), 36),
                    Integer.parseInt(m.group(3), 36), Long.parseLong(m.group(4), 36), m.group(5)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The claim when the mac is the conference's own for these parts; empty for a forgery or a conference without a key. */
    Optional<Claim> genuine(Parsed p, long conferenceId) {
        Optional<Mac> keyed = Optional.ofNullable(keyedMacs.get(conferenceId))
                .or(() -> secrets.existing(conferenceId).map(HandoutLinks::keyed));
        return keyed.filter(mac -> MessageDigest.isEqual(
                        mac(mac, conferenceId, p.handoutId(), p.delegateId(), p.serial(), p.expires())
                                .getBytes(StandardCharsets.US_ASCII), p.mac().getBytes(StandardCharsets.US_ASCII)))
                .map(mac -> new Claim(p.handoutId(), p.delegateId(), p.serial(), Instant.ofEpochSecond(p.expires())));
    }

    private static String b36(long n) {
        return Long.toString(n, 36);
    }

    private static Mac keyed(byte[] secret) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return hmac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String mac(Mac keyed, long conferenceId, long handoutId, long delegateId, int serial, long expires) {
        try {
            byte[] full = ((Mac) keyed.clone()).doFinal(("hoinghi-handout:" + conferenceId + ":" + handoutId + ":"
                    + delegateId + ":" + serial + ":" + expires).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(full).substring(0, 22);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
