package vn.hoinghi.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #ALLOWED_FAILURES} wrong passwords in a row for one
 * user name, that name is locked for a while, longer with every further failure.
 */
@Component
public class LoginThrottle {

    static final int ALLOWED_FAILURES = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 10_000;

    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the user name stays locked, or zero. */
    public Duration lockedFor(String username) {
        Failures f = failures.get(key(username));
        if (f == null || f.lockedUntil == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), f.lockedUntil);
        return left.isNegative() ? Duration.ZERO : left;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        if (failures.size() > MAX_TRACKED) {
            failures.clear();
        }
        failures.compute(key(event.getAuthentication().getName()), (k, f) -> {
            int count = (f == null ? 0 : f.count) + 1;
            Instant lockedUntil = null;
            if (count >= ALLOWED_FAILURES) {
                long doublings = Math.min(count - ALLOWED_FAILURES, 4);
                Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
                lockedUntil = clock.instant().plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
            }
            return new Failures(count, lockedUntil);
        });
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant lockedUntil) {
    }
}
