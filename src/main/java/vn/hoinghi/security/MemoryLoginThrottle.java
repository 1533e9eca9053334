package vn.hoinghi.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import vn.hoinghi.live.RedisConfigured;

/**
 * The {@link LoginThrottle} of a lone instance: its counts in this JVM. Failures are forgotten an hour after the last
 * one; memory is bounded by the number of pairs kept, never by clearing them all.
 */
@Component
@Conditional(RedisConfigured.Not.class)
class MemoryLoginThrottle implements LoginThrottle {

    static final int MAX_TRACKED = 200_000;

    private final Cache<Key, Failures> failures;
    private final Clock clock;

    @Autowired
    MemoryLoginThrottle(Clock clock) {
        this(clock, MAX_TRACKED);
    }

    MemoryLoginThrottle(Clock clock, int maxTracked) {
        this.clock = clock;
        this.failures = Caffeine.newBuilder()
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfterWrite(FORGET_AFTER)
                .maximumSize(maxTracked)
                .build();
    }

    @Override
    public Duration lockedFor(Key key) {
        Failures f = failures.getIfPresent(key);
        if (f == null || f.lockedUntil == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), f.lockedUntil);
        return left.isNegative() ? Duration.ZERO : left;
    }

    @Override
    public void failed(Key key) {
        failures.asMap().compute(key, (k, f) -> {
            int count = (f == null ? 0 : f.count) + 1;
            Duration lock = LoginThrottle.lockAfter(count);
            return new Failures(count, lock.isZero() ? null : clock.instant().plus(lock));
        });
    }

    @Override
    public void succeeded(Key key) {
        failures.invalidate(key);
    }

    private record Failures(int count, Instant lockedUntil) {
    }
}
