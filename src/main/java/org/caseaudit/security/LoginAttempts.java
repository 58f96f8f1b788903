package org.caseaudit.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-in throttling: after {@code maxFailures} failed attempts for one username within {@code window}, that username
 * is locked for {@code lockout}, whatever password is tried. Kept in memory: a restart clears it, which is acceptable
 * for slowing down guessing on a single-node deployment.
 */
@Component
public class LoginAttempts {

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration lockout;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginAttempts(Clock clock,
                  @Value("${caseaudit.login.max-failures:5}") int maxFailures,
                  @Value("${caseaudit.login.window:PT15M}") Duration window,
                  @Value("${caseaudit.login.lockout:PT15M}") Duration lockout) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockout = lockout;
    }

    public boolean isLocked(String username) {
        Deque<Instant> recent = failures.get(key(username));
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            Instant now = clock.instant();
            if (recent.size() >= maxFailures && recent.peekLast().plus(lockout).isAfter(now)) {
                return true;
            }
            recent.removeIf(t -> t.plus(window).isBefore(now));
            return false;
        }
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        recordFailure(event.getAuthentication().getName());
    }

    /** A failure that is not a wrong password (a wrong two-factor code) counts the same. */
    void recordFailure(String username) {
        Deque<Instant> recent = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
        synchronized (recent) {
            Instant now = clock.instant();
            recent.removeIf(t -> t.plus(window).isBefore(now));
            recent.addLast(now);
            while (recent.size() > maxFailures) {
                recent.removeFirst();
            }
        }
    }

    /**
     * A sign-in completed (after its second step, when it has one): earlier failures are forgotten. Not on the
     * password alone, or a known password would reset the count of wrong two-factor codes.
     */
    void succeeded(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return Usernames.normalise(username);
    }
}
