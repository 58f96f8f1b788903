package org.caseaudit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The guard in front of the sign-in POST (issue 19, points 3 and 6), on a clock the test moves: throttling per client
 * address and for all addresses, unknown usernames locked like known ones, forms from other sites refused, and one
 * reply for every refusal, the same as a wrong password's.
 */
class SignInGuardTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
    private final List<String> recorded = new ArrayList<>();
    private final AuditTrail trail = new AuditTrail(null, null, null) {
        @Override
        public void record(String actor, String action, String targetType, String targetId, String detail,
                           String remoteAddress, Outcome outcome) {
            recorded.add(action + " " + targetId + " " + remoteAddress + " " + outcome + ": " + detail);
        }
    };
    private final LoginAttempts attempts = new LoginAttempts(clock, 5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    private final SignInGuard guard = new SignInGuard(clock, attempts,
            new RefusalLog(trail, new CurrentUser(), TransactionOperations.withoutTransaction(), clock, 1000, 1000),
            10, Duration.ofMinutes(10), 25, Duration.ofMinutes(1));

    /** What one POST /login from {@code address} ends in: "passed" (on to the password check) or the redirect. */
    private String post(String address, String username, String... headers) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setServletPath("/login");
        request.setRemoteAddr(address);
        request.setScheme("https");
        request.setServerName("workbench.example");
        request.setServerPort(443);
        request.setParameter("username", username);
        request.setParameter("password", "wrong");
        for (int i = 0; i < headers.length; i += 2) {
            request.addHeader(headers[i], headers[i + 1]);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        guard.doFilter(request, response, chain);
        if (chain.getRequest() != null) {
            return "passed";
        }
        return response.getStatus() + " " + response.getRedirectedUrl();
    }

    private void failedPassword(String username) {
        attempts.onFailure(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong"),
                new BadCredentialsException("bad")));
    }

    @Test
    void one_address_gets_its_allowance_then_the_same_reply_as_a_wrong_password_until_it_refills() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(post("10.0.0.1", "user" + i)).as("attempt %d", i + 1).isEqualTo("passed");
        }
        assertThat(post("10.0.0.1", "another-name")).isEqualTo("302 /login?error");
        assertThat(post("10.0.0.2", "another-name")).as("another address is not held back").isEqualTo("passed");
        assertThat(recorded).anySatisfy(r -> assertThat(r)
                .isEqualTo(
                "SIGN_IN_REFUSED another-name 10.0.0.1 DENIED: too many sign-in attempts from this address"));

        clock.advance(Duration.ofMinutes(1));
        assertThat(post("10.0.0.1", "another-name")).as("one attempt back per minute").isEqualTo("passed");
        assertThat(post("10.0.0.1", "another-name")).isEqualTo("302 /login?error");
    }

    @Test
    void a_successful_sign_in_gives_its_attempt_back() throws Exception {
        for (int i = 0; i < 10; i++) {
            post("10.0.0.3", "lead");
            var token = UsernamePasswordAuthenticationToken.authenticated("lead", null, List.of());
            MockHttpServletRequest from = new MockHttpServletRequest();
            from.setRemoteAddr("10.0.0.3");
            token.setDetails(new WebAuthenticationDetails(from));
            guard.onSuccess(new AuthenticationSuccessEvent(token));
        }
        assertThat(post("10.0.0.3", "lead")).isEqualTo("passed");
    }

    @Test
    void all_addresses_together_have_a_ceiling() throws Exception {
        int passed = 0;
        for (int i = 0; i < 40; i++) {
            if (post("10.1.0." + i, "someone").equals("passed")) {
                passed++;
            }
        }
        assertThat(passed).isEqualTo(25);
        assertThat(recorded).anySatisfy(r -> assertThat(r).endsWith(
                "too many sign-in attempts from all addresses together"));
    }

    @Test
    void an_unknown_username_locks_like_a_known_one_under_any_spelling() throws Exception {
        for (int i = 0; i < 5; i++) {
            failedPassword(i % 2 == 0 ? "nobody-here" : "ＮＯＢＯＤＹ-here");
        }
        assertThat(post("10.0.0.4", "nobody-hère")).isEqualTo("302 /login?error");
        assertThat(post("10.0.0.4", "auditor")).isEqualTo("passed");
        clock.advance(Duration.ofMinutes(16));
        assertThat(post("10.0.0.4", "nobody-here")).isEqualTo("passed");
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Sec-Fetch-Site | cross-site                       | 302 /login?error
            Sec-Fetch-Site | same-site                        | 302 /login?error
            Sec-Fetch-Site | same-origin                      | passed
            Sec-Fetch-Site | none                             | passed
            Origin         | https://evil.example             | 302 /login?error
            Origin         | null                             | 302 /login?error
            Origin         | http://workbench.example         | 302 /login?error
            Origin         | https://workbench.example        | passed
            Origin         | https://WORKBENCH.example        | passed
            """)
    void a_sign_in_form_sent_from_another_site_is_refused(String header, String value,
    String outcome) throws Exception {
        assertThat(post("10.0.0.5", "auditor", header, value)).isEqualTo(outcome);
    }

    @Test
    void a_client_that_sends_neither_header_is_not_a_browser_and_passes() throws Exception {
        assertThat(post("10.0.0.6", "auditor")).isEqualTo("passed");
    }
}
