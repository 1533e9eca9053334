package vn.hoinghi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final String HALL = "10.0.0.7";
    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new MemoryLoginThrottle(clock);

    @Test
    void fiveFailuresLockTheNameFromThatAddressAndTheLockRunsOut() {
        for (int i = 0; i < 4; i++) {
            fail("admin", HALL);
        }
        assertThat(throttle.lockedFor(key("admin", HALL))).isZero();
        fail("admin", HALL);
        assertThat(throttle.lockedFor(key("admin", HALL))).isEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.lockedFor(key("admin", "10.0.0.8"))).as("a colleague at another desk").isZero();

        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.lockedFor(key("admin", HALL))).isZero();
    }

    @Test
    void everyFurtherFailureDoublesTheLockUpToFifteenMinutes() {
        for (int i = 0; i < 12; i++) {
            fail("staff", HALL);
        }
        assertThat(throttle.lockedFor(key("staff", HALL))).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aSuccessfulLoginClearsTheCountAndOtherNamesAreNotAffected() {
        for (int i = 0; i < 4; i++) {
            fail("mc", HALL);
        }
        throttle.succeeded(key("mc", HALL));
        fail("mc", HALL);
        assertThat(throttle.lockedFor(key("mc", HALL))).isZero();
        assertThat(throttle.lockedFor(key("gate", HALL))).isZero();
    }

    @Test
    void failuresWithManyOtherNamesDoNotLiftALock() {
        for (int i = 0; i < 5; i++) {
            fail("seclock", HALL);
        }
        for (int i = 0; i < 30_000; i++) { // the old throttle forgot everything past 10,000 names
            fail("ten-" + i, "10.1." + (i / 250) + "." + (i % 250));
        }
        assertThat(throttle.lockedFor(key("seclock", HALL))).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aHugeTypedNameIsKeptShort() {
        String huge = "x".repeat(1_000_000);
        assertThat(key(huge, HALL).username()).hasSize(UserNames.MAX_LENGTH + 1);
    }

    private static LoginThrottle.Key key(String name, String address) {
        return new LoginThrottle.Key(name, address);
    }

    private void fail(String name, String address) {
        throttle.failed(key(name, address));
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-22T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
