package vn.hoinghi.delegate;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.conference.CodeSecrets;

/**
 * A delegate's signed code, printed as a QR on the invitation: "{id}.{serial}.{mac}", the mac an
 * HMAC-SHA256 over conference, delegate and serial with the conference's own key (96 bits kept).
 * It cannot be guessed or altered, and reissuing (serial + 1) voids the old code.
 */
@Component
public class DelegateCodes {

    private static final Pattern CODE = Pattern.compile("(?:.*/)?([0-9a-z]{1,12})\\.([0-9a-z]{1,6})\\.([A-Za-z0-9_-]{16})");
    private final CodeSecrets secrets;
    private final DelegateReader delegates;
    /** Per conference, a Mac keyed once with its secret; each use works on a clone (a Mac is not thread-safe). */
    private final Map<Long, Mac> keyedMacs = new ConcurrentHashMap<>();
    private final String publicUrl;

    DelegateCodes(CodeSecrets secrets, DelegateReader delegates,
                  @Value("${hoinghi.public-url:http://localhost:8080}") String publicUrl) {
        this.secrets = secrets;
        this.delegates = delegates;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /**
     * What a delegate's printed QR holds, on the invitation and the card alike: the public invitation page's link
     * ending in the current code, which is also what the gates scan.
     */
    public String link(String code) {
        return publicUrl + "/moi/" + code;
    }

    /** The delegate's current QR link ({@link #link} of {@link #code}). */
    @Transactional
    public String link(Delegate d) {
        return link(code(d));
    }

    @Transactional
    public String code(Delegate d) {
        Mac keyed = keyedMacs.computeIfAbsent(d.conferenceId(), id -> keyed(secrets.secret(id)));
        return Long.toString(d.id(), 36) + "." + Integer.toString(d.qrSerial(), 36) + "."
                + mac(keyed, d.conferenceId(), d.id(), d.qrSerial());
    }

    /** What a scanned text is: not a code, a forgery, a genuine but voided code, or a current one. */
    public enum Verdict { MALFORMED, UNKNOWN_DELEGATE, FORGED, VOIDED, CURRENT }

    /** The verdict on a scanned text and, for genuine codes (voided or current), whose it is. */
    public record Inspection(Verdict verdict, Delegate delegate) {
    }

    /** The delegate a scanned text (a bare code or the invitation link ending in one) belongs to, if genuine and current. */
    @Transactional(readOnly = true)
    public Optional<Delegate> verify(String scanned) {
        Inspection inspection = inspect(scanned);
        return inspection.verdict() == Verdict.CURRENT ? Optional.of(inspection.delegate()) : Optional.empty();
    }

    @Transactional(readOnly = true)
    public Inspection inspect(String scanned) {
        Parsed p = parse(scanned);
        return p == null ? new Inspection(Verdict.MALFORMED, null) : judge(p, delegates.get(p.id()).orElse(null));
    }

    /** The verdicts on many scanned texts, in their order, their delegates read in one query. */
    @Transactional(readOnly = true)
    public List<Inspection> inspectAll(List<String> scanned) {
        List<Parsed> parsed = scanned.stream().map(DelegateCodes::parse).toList();
        Map<Long, Delegate> found = new HashMap<>();
        delegates.getAll(parsed.stream().filter(Objects::nonNull).map(Parsed::id).collect(Collectors.toSet()))
                .forEach(d -> found.put(d.id(), d));
        return parsed.stream().map(p -> p == null ? new Inspection(Verdict.MALFORMED, null) : judge(p, found.get(p.id())))
                .toList();
    }

    /**
     * The delegate while their code's serial is still this one: a link made from an earlier code (a document's
     * download link names the serial) is void once the code is reissued. Withdrawn delegates are returned too.
     */
    @Transactional(readOnly = true)
    public Optional<Delegate> holdingSerial(long delegateId, int serial) {
        return delegates.get(delegateId).filter(d -> d.qrSerial() == serial);
    }

    /** A scanned text that has the shape of a code: the delegate's id, the serial, and the mac as written. */
    private record Parsed(long id, int serial, String mac) {
    }

    private static Parsed parse(String scanned) {
        Matcher m = scanned == null ? null : CODE.matcher(scanned.strip());
        if (m == null || !m.matches()) {
            return null;
        }
        try {
            return new Parsed(Long.parseLong(m.group(1), 36), Integer.parseInt(m.group(2), 36), m.group(3));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Inspection judge(Parsed p, Delegate d) {
        if (d == null) {
            return new Inspection(Verdict.UNKNOWN_DELEGATE, null);
        }
        boolean genuine = p.serial() >= 1 && p.serial() <= d.qrSerial() && keyedMac(d.conferenceId())
                .map(keyed -> MessageDigest.isEqual(mac(keyed, d.conferenceId(), p.id(), p.serial()).getBytes(StandardCharsets.US_ASCII),
                        p.mac().getBytes(StandardCharsets.US_ASCII)))
                .orElse(false);
        if (!genuine) {
            return new Inspection(Verdict.FORGED, null);
        }
        return new Inspection(p.serial() == d.qrSerial() ? Verdict.CURRENT : Verdict.VOIDED, d);
    }

    private Optional<Mac> keyedMac(long conferenceId) {
        Mac cached = keyedMacs.get(conferenceId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Mac> stored = secrets.existing(conferenceId).map(DelegateCodes::keyed);
        stored.ifPresent(keyed -> keyedMacs.put(conferenceId, keyed));
        return stored;
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

    private static String mac(Mac keyed, long conferenceId, long delegateId, int serial) {
        try {
            byte[] full = ((Mac) keyed.clone()).doFinal(("hoinghi:" + conferenceId + ":" + delegateId + ":" + serial)
                    .getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(full).substring(0, 16);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
