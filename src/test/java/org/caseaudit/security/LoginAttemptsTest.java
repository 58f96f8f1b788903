package org.caseaudit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;

class LoginAttemptsTest {

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-03-02T09:00:00Z");

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

    private final MutableClock clock = new MutableClock();
    private final LoginAttempts attempts = new LoginAttempts(clock, 5, Duration.ofMinutes(15), Duration.ofMinutes(15));

    private void fail(String user) {
        attempts.onFailure(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(user, "wrong"),
                new BadCredentialsException("bad")));
    }

    @Test
    void five_failures_within_the_window_lock_the_username_for_the_lockout_period() {
        for (int i = 0; i < 4; i++) {
            fail("auditor");
        }
        assertThat(attempts.isLocked("auditor")).isFalse();
        fail("AUDITOR");
        assertThat(attempts.isLocked("auditor")).isTrue();
        assertThat(attempts.isLocked("lead")).isFalse();

        clock.now = clock.now.plus(Duration.ofMinutes(14));
        assertThat(attempts.isLocked("auditor")).isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        assertThat(attempts.isLocked("auditor")).isFalse();
    }

    @Test
    void failures_spread_beyond_the_window_do_not_lock() {
        for (int i = 0; i < 10; i++) {
            fail("auditor");
            clock.now = clock.now.plus(Duration.ofMinutes(4));
        }
        assertThat(attempts.isLocked("auditor")).isFalse();
    }

    @Test
    void a_successful_sign_in_clears_earlier_failures() {
        for (int i = 0; i < 4; i++) {
            fail("auditor");
        }
        attempts.succeeded("auditor");
        fail("auditor");
        assertThat(attempts.isLocked("auditor")).isFalse();
    }

    @Test
    void failures_under_any_spelling_count_against_one_username() {
        fail("séctest-enum");
        fail("ｓｅｃｔｅｓｔ-enum");
        fail("SECTEST-ENUM");
        fail("se\u0301ctest-enum");
        assertThat(attempts.isLocked("sectest-enum")).isFalse();
        fail("Sectest-Enum ");
        assertThat(attempts.isLocked("sectest-enum")).isTrue();
        assertThat(attempts.isLocked("SÉCTEST-enum")).isTrue();
    }
}
