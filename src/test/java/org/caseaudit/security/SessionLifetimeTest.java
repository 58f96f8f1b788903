package org.caseaudit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.DefaultRedirectStrategy;

/**
 * Issue 19, point 5: idle means no user action (Vaadin's heartbeat does not count), and every session ends a fixed
 * time after sign-in, on a clock the test moves.
 */
class SessionLifetimeTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T09:00:00Z"));
    private final List<String> recorded = new ArrayList<>();
    private final AuditTrail trail = new AuditTrail(null, null, null) {
        @Override
        public void record(String actor, String action, String targetType, String targetId, String detail,
                           String remoteAddress, Outcome outcome) {
            recorded.add(actor + " " + action + ": " + detail);
        }
    };
    private final SessionLifetime lifetime = new SessionLifetime(clock, Duration.ofMinutes(30), Duration.ofHours(10),
            trail, new DefaultRedirectStrategy());
    private MockHttpSession session = new MockHttpSession();

    @BeforeEach
    void signIn() {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("auditor", null, List.of()));
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    /** "passed" when the request went on, else where it was sent. */
    private String request(String vaadinRequestType) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setSession(session);
        if (vaadinRequestType != null) {
            request.setParameter("v-r", vaadinRequestType);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        lifetime.doFilter(request, response, chain);
        return chain.getRequest() != null ? "passed" : response.getRedirectedUrl();
    }

    @Test
    void heartbeats_of_an_open_tab_do_not_keep_an_idle_session_alive() throws Exception {
        assertThat(request("uidl")).isEqualTo("passed");
        for (int minute = 5; minute < 30; minute += 5) {
            clock.advance(Duration.ofMinutes(5));
            assertThat(request("heartbeat")).as("heartbeat at %d minutes", minute).isEqualTo("passed");
        }
        clock.advance(Duration.ofMinutes(5));
        assertThat(request("heartbeat")).isEqualTo("/login");
        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(recorded).containsExactly("auditor SESSION_ENDED: no action for 30 minutes");
    }

    @Test
    void a_user_action_keeps_the_session_alive() throws Exception {
        request("uidl");
        clock.advance(Duration.ofMinutes(29));
        assertThat(request("uidl")).isEqualTo("passed");
        clock.advance(Duration.ofMinutes(29));
        assertThat(request(null)).as("a page load is an action too").isEqualTo("passed");
        clock.advance(Duration.ofMinutes(29));
        assertThat(request("uidl")).isEqualTo("passed");
    }

    @Test
    void a_session_ends_ten_hours_after_sign_in_however_busy() throws Exception {
        request("uidl");
        for (int i = 0; i < 59; i++) {
            clock.advance(Duration.ofMinutes(10));
            assertThat(request("uidl")).as("after %d minutes", (i + 1) * 10).isEqualTo("passed");
        }
        clock.advance(Duration.ofMinutes(10));
        assertThat(request("uidl")).isEqualTo("/login");
        assertThat(recorded).containsExactly("auditor SESSION_ENDED: session lifetime of 10 hours reached");
    }

    @Test
    void a_session_nobody_is_signed_in_to_is_left_alone() throws Exception {
        SecurityContextHolder.clearContext();
        clock.advance(Duration.ofHours(11));
        assertThat(request("uidl")).isEqualTo("passed");
        assertThat(session.isInvalid()).isFalse();
    }
}
