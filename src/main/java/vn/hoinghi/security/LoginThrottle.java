package vn.hoinghi.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #ALLOWED_FAILURES} failed logins in a row for one user name from one
 * client address, that pair is locked for a while, longer with every further failure. The name is the canonical one
 * ({@link UserNames}), so every spelling of an account shares its lock; a name no account has is counted and locked
 * the same way, so a lock tells nothing of who exists. Failures are forgotten an hour after the last one; memory is
 * bounded by the number of pairs kept, never by clearing them all.
 */
@Component
class LoginThrottle {

    static final int ALLOWED_FAILURES = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    static final int MAX_TRACKED = 200_000;

    private final Cache<Key, Failures> failures;
    private final Clock clock;

    @Autowired
    LoginThrottle(Clock clock) {
        this(clock, MAX_TRACKED);
    }

    LoginThrottle(Clock clock, int maxTracked) {
        this.clock = clock;
        this.failures = Caffeine.newBuilder()
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfterWrite(FORGET_AFTER)
                .maximumSize(maxTracked)
                .build();
    }

    /** Who tries to log in: a canonical user name from a client address. */
    record Key(String username, String address) {
        Key {
            // a name longer than any account's is no account: its length is capped, not kept
            username = username.length() > UserNames.MAX_LENGTH ? username.substring(0, UserNames.MAX_LENGTH + 1) : username;
            address = address == null ? "" : address;
        }
    }

    /** How long this name stays locked for this address, or zero. */
    Duration lockedFor(Key key) {
        Failures f = failures.getIfPresent(key);
        if (f == null || f.lockedUntil == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), f.lockedUntil);
        return left.isNegative() ? Duration.ZERO : left;
    }

    void failed(Key key) {
        failures.asMap().compute(key, (k, f) -> {
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

    void succeeded(Key key) {
        failures.invalidate(key);
    }

    private record Failures(int count, Instant lockedUntil) {
    }
}
