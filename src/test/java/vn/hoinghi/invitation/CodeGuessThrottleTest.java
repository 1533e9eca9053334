package vn.hoinghi.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The guessing throttle's rule on its own, with a clock the test moves. */
class CodeGuessThrottleTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2021-10-29T00:30:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void anAddressIsRefusedAfterAFewFailuresUntilTheLockHasPassedSinceItsLastFailure() {
        CodeGuessThrottle throttle = new CodeGuessThrottle(clock, 100, CodeGuessThrottle.ALLOWED_FAILURES);
        for (int i = 1; i < CodeGuessThrottle.ALLOWED_FAILURES; i++) {
            throttle.failed("203.0.113.9");
            assertThat(throttle.allows("203.0.113.9")).isTrue();
        }
        throttle.failed("203.0.113.9");
        assertThat(throttle.allows("203.0.113.9")).isFalse();
        assertThat(throttle.allows("198.51.100.7")).isTrue();

        now.set(now.get().plus(CodeGuessThrottle.LOCK.minus(Duration.ofSeconds(1))));
        assertThat(throttle.allows("203.0.113.9")).as("refused tries do not extend the lock, nor end it early").isFalse();
        now.set(now.get().plus(Duration.ofSeconds(2)));
        assertThat(throttle.allows("203.0.113.9")).isTrue();
    }

    @Test
    void memoryIsBoundedByTheAddressesKept() {
        CodeGuessThrottle throttle = new CodeGuessThrottle(clock, 50, CodeGuessThrottle.ALLOWED_FAILURES);
        for (int i = 0; i < 10_000; i++) {
            throttle.failed("10.0." + i / 256 + "." + i % 256);
        }
        assertThat(throttle.tracked()).isLessThanOrEqualTo(60);
    }
}
