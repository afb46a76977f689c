package jp.todoku.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

class SignInThrottleTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void locksANameAfterTooManyWrongPasswordsUntilTheWindowEnds() {
        failTimes("Agent", SignInThrottle.MAX_FAILURES - 1);
        assertThat(throttle.isLocked("agent")).isFalse();

        failTimes(" AGENT ", 1);
        assertThat(throttle.isLocked("agent")).isTrue();
        assertThat(throttle.isLocked("someone-else")).isFalse();

        clock.advance(SignInThrottle.WINDOW.plusSeconds(1));
        assertThat(throttle.isLocked("agent")).isFalse();
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        failTimes("agent", SignInThrottle.MAX_FAILURES - 1);

        throttle.onSignIn(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated("agent", null, List.of())));
        failTimes("agent", 1);

        assertThat(throttle.isLocked("agent")).isFalse();
    }

    @Test
    void failuresSpreadOverLongerThanTheWindowDoNotLock() {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES * 2; i++) {
            failTimes("agent", 1);
            clock.advance(SignInThrottle.WINDOW.dividedBy(SignInThrottle.MAX_FAILURES - 1).plusSeconds(1));
        }
        assertThat(throttle.isLocked("agent")).isFalse();
    }

    private void failTimes(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.onWrongPassword(new AuthenticationFailureBadCredentialsEvent(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong"),
                    new BadCredentialsException("wrong")));
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
