package vn.hoinghi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fiveWrongPasswordsLockTheNameAndTheLockRunsOut() {
        for (int i = 0; i < 4; i++) {
            fail("admin");
        }
        assertThat(throttle.lockedFor("admin")).isZero();
        fail("Admin ");
        assertThat(throttle.lockedFor("admin")).isEqualTo(Duration.ofMinutes(1));

        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.lockedFor("admin")).isZero();
    }

    @Test
    void everyFurtherFailureDoublesTheLockUpToFifteenMinutes() {
        for (int i = 0; i < 12; i++) {
            fail("staff");
        }
        assertThat(throttle.lockedFor("staff")).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aSuccessfulLoginClearsTheCountAndOtherNamesAreNotAffected() {
        for (int i = 0; i < 4; i++) {
            fail("mc");
        }
        throttle.onSuccess(new AuthenticationSuccessEvent(UsernamePasswordAuthenticationToken.authenticated("mc", null, null)));
        fail("mc");
        assertThat(throttle.lockedFor("mc")).isZero();
        assertThat(throttle.lockedFor("gate")).isZero();
    }

    private void fail(String username) {
        throttle.onFailure(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(username, "sai"), new BadCredentialsException("sai")));
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
