package org.caseaudit.journeys;

import org.caseaudit.DemoDataTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.time.Clock;
import java.util.EnumSet;
import org.caseaudit.security.AccountService;
import org.caseaudit.security.Role;
import org.caseaudit.security.Roles;
import org.caseaudit.security.RunAs;
import org.caseaudit.security.TotpEnrolment;
import org.caseaudit.security.UserDetailsForm;
import org.caseaudit.security.UserService;
import org.caseaudit.security.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Headers, session cookie, session fixation and sign-in throttling, over real HTTP against the running application;
 * and what issue 19 closed, through the real filter chain: session ids in addresses, spellings of a username,
 * throttling per client address, login CSRF, sessions that outlived an administrator's change, two-factor sign-in.
 * Same annotations as the browser journeys, so the same application context serves both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = DemoDataTest.DEMO_DATA)
@ActiveProfiles("test")
class SecurityHeadersIT {

    private static final String PASSWORD = "audit-demo-2026";

    @LocalServerPort
    int port;

    @Test
    void application_pages_carry_the_security_headers_and_are_not_cached() throws Exception {
        Session session = new Session();
        HttpResponse<String> login = session.get("login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertSecurityHeaders(login);

        session.signIn("admin", PASSWORD);
        for (String page : List.of("", "admin/users", "admin/audit-trail", "working-days", "admin/bank-holidays")) {
            HttpResponse<String> response = session.get(page);
            assertThat(response.statusCode()).as("GET /%s", page).isEqualTo(200);
            assertSecurityHeaders(response);
        }
    }

    @Test
    void the_session_cookie_is_http_only_and_its_id_changes_at_sign_in() throws Exception {
        Session session = new Session();
        HttpResponse<String> login = session.get("login");
        String cookieHeader = sessionCookieHeader(login).orElseThrow(
                () -> new AssertionError("GET /login set no session cookie: " + login.headers().map()));
        assertThat(cookieHeader).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        String before = session.sessionId();

        HttpResponse<String> signedIn = session.signIn("lead", PASSWORD);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        String after = session.sessionId();
        assertThat(after).isNotBlank().isNotEqualTo(before);

        Session attacker = new Session();
        attacker.setSessionId(before);
        HttpResponse<String> withOldId = attacker.get("admin/audit-trail");
        assertThat(withOldId.statusCode()).as("the pre-sign-in session id is not signed in").isIn(302, 401, 403);
    }

    @Test
    void after_five_failed_sign_ins_even_the_right_password_is_refused() throws Exception {
        Session session = new Session();
        session.get("login");
        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> failed = session.signIn("auditor3", "wrong-password-" + attempt);
            assertThat(failed.headers().firstValue("Location")).as("attempt %d", attempt)
                    .hasValueSatisfying(l -> assertThat(l).contains("login?error"));
        }
        HttpResponse<String> locked = session.signIn("auditor3", PASSWORD);
        assertThat(locked.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("login?error"));

        Session other = new Session();
        other.get("login");
        HttpResponse<String> otherUser = other.signIn("auditor2", PASSWORD);
        assertThat(otherUser.headers().firstValue("Location"))
                .as("throttling is per username: another user still signs in")
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    // --- issue 19 ---

    @Autowired
    UserService users;
    @Autowired
    AccountService account;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    FilterChainProxy filterChain;

    private UserSummary newUser(String username, Role role) {
        UserDetailsForm form = new UserDetailsForm();
        form.setUsername(username);
        form.setFullName("Probe " + username);
        form.setRoles(EnumSet.of(role));
        return RunAs.as("admin", () -> users.create(form, PASSWORD + "-probe"), Roles.ADMIN);
    }

    private static Optional<String> location(HttpResponse<?> response) {
        return response.headers().firstValue("Location");
    }

    /** Whether this session is signed in: a page only signed-in users reach answers without sending it to sign in. */
    private static boolean signedIn(Session session) throws Exception {
        HttpResponse<String> home = session.get("");
        return home.statusCode() == 200 && !location(home).isPresent();
    }

    @Test
    void before_sign_in_no_redirect_carries_the_session_id_in_the_address() throws Exception {
        for (String path : List.of("VAADIN/", "", "admin/users", "audit-feedback?id=1")) {
            HttpResponse<String> response = new Session().get(path);
            assertThat(location(response).orElse("") + response.body()).as("GET /%s", path)
                    .doesNotContainIgnoringCase("jsessionid");
        }
    }

    @Test
    void failures_under_every_spelling_of_a_username_count_against_one_lockout() throws Exception {
        newUser("sectest-enum", Role.AUDITOR);
        newUser("sectest-enum2", Role.AUDITOR);
        Session accented = new Session();
        assertThat(location(accented.signIn("SÉCTEST-ENUM2", PASSWORD + "-probe"))).as("an accented spelling")
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(signedIn(accented)).isTrue();

        Session session = new Session();
        for (String spelling : List.of("séctest-enum", "ｓｅｃｔｅｓｔ-enum", "SECTEST-ENUM", "Sectest-Enum",
                "se\u0301ctest-enum")) {
            assertThat(location(session.signIn(spelling, "wrong-password"))).hasValueSatisfying(
                    l -> assertThat(l).contains("login?error"));
        }
        HttpResponse<String> right = session.signIn("sectest-enum", PASSWORD + "-probe");
        assertThat(location(right)).as("locked after five failures, whatever the spelling")
                .hasValueSatisfying(l -> assertThat(l).contains("login?error"));
    }

    @Test
    void one_client_address_is_throttled_unknown_names_included_with_the_reply_of_a_wrong_password() throws Exception {
        Session flood = new Session("127.0.0.37");
        flood.get("login");
        String wrongPasswordReply = location(flood.signIn("no-such-user-0", "wrong-password")).orElseThrow();
        int allowance = 30; // caseaudit.login.per-address.attempts in the test profile
        for (int i = 1; i < allowance; i++) {
            assertThat(location(flood.signIn("no-such-user-" + i, "wrong-password"))).hasValue(wrongPasswordReply);
        }
        assertThat(location(flood.signIn("no-such-user-x", "wrong-password"))).hasValue(wrongPasswordReply);
        assertThat(location(flood.signIn("auditor2", PASSWORD))).as("even the right password, from that address")
                .hasValue(wrongPasswordReply);
        assertThat(signedIn(flood)).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'SIGN_IN_REFUSED' AND "
                + "remote_address = '127.0.0.37' AND outcome = 'DENIED'", Integer.class)).isEqualTo(2);

        Session elsewhere = new Session("127.0.0.38");
        assertThat(location(elsewhere.signIn("auditor2", PASSWORD))).as("another address signs in")
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    @Test
    void a_sign_in_form_posted_from_another_site_does_not_sign_the_browser_in() throws Exception {
        for (String[] headers : List.of(new String[] {"Origin", "https://attacker.example"},
                new String[] {"Sec-Fetch-Site", "cross-site"}, new String[] {"Origin", "null"})) {
            Session victim = new Session();
            victim.get("login");
            HttpResponse<String> response = victim.signIn("auditor", PASSWORD, headers);
            assertThat(location(response)).as(String.join(": ", headers))
                    .hasValueSatisfying(l -> assertThat(l).contains("login?error"));
            assertThat(signedIn(victim)).as(String.join(": ", headers)).isFalse();
        }
        Session sameSite = new Session();
        sameSite.get("login");
        sameSite.signIn("auditor", PASSWORD, "Origin", "http://localhost:" + port, "Sec-Fetch-Site", "same-origin");
        assertThat(signedIn(sameSite)).as("the application's own form").isTrue();
    }

    @Test
    void disabling_an_account_ends_its_open_session_at_once() throws Exception {
        UserSummary user = newUser("sessions-probe", Role.AUDITOR);
        Session session = new Session();
        session.signIn(user.username(), PASSWORD + "-probe");
        assertThat(signedIn(session)).isTrue();

        UserSummary current = RunAs.as("admin", () -> users.findAll().stream()
                .filter(u -> u.username().equals(user.username())).findFirst().orElseThrow(), Roles.ADMIN);
        RunAs.as("admin", () -> users.setEnabled(current.id(), current.version(), false), Roles.ADMIN);

        HttpResponse<String> next = session.get("");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(location(next)).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(signedIn(session)).isFalse();
        assertThat(jdbc.queryForObject("SELECT detail FROM audit_event WHERE action = 'SESSIONS_ENDED' AND target_id = ?",
                String.class, user.username())).isEqualTo("account disabled: 1 open session(s) ended");
    }

    @Test
    void with_two_factor_on_the_password_alone_does_not_sign_in() throws Exception {
        UserSummary user = newUser("two-factor-probe", Role.AUDITOR);
        RunAs.run(user.username(), () -> {
            TotpEnrolment enrolment = account.startTwoFactor();
            account.confirmTwoFactor(enrolment.secret(),
                    new org.caseaudit.security.TotpCodes().code(enrolment.secret(), clock.instant()));
        }, Roles.AUDITOR);
        Session session = new Session();
        HttpResponse<String> password = session.signIn(user.username(), PASSWORD + "-probe");
        assertThat(location(password)).hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in"));
        assertThat(signedIn(session)).isFalse();
        assertThat(session.get("sign-in").statusCode()).isEqualTo(200);
    }

    @Test
    void the_session_lifetime_and_the_sign_in_guard_are_in_the_real_filter_chain() {
        List<String> filters = filterChain.getFilters("/").stream().map(f -> f.getClass().getSimpleName()).toList();
        assertThat(filters).contains("SignInGuard", "SessionLifetime", "ConcurrentSessionFilter");
        assertThat(filters.indexOf("SignInGuard")).isLessThan(filters.indexOf("UsernamePasswordAuthenticationFilter"));
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        String what = response.uri().getPath() + " " + response.headers().map();
        assertThat(response.headers().firstValue("Content-Security-Policy")).as("CSP on %s", what)
                .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'",
                        "object-src 'none'"));
        assertThat(response.headers().firstValue("X-Frame-Options")).as("frame options on %s", what).hasValue("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as("nosniff on %s", what).hasValue("nosniff");
        assertThat(response.headers().allValues("Cache-Control")).as("no caching of %s", what)
                .anySatisfy(value -> assertThat(value).contains("no-store"));
    }

    private static Optional<String> sessionCookieHeader(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst();
    }

    /** One browser-like client: a cookie jar, no automatic redirects. */
    private final class Session {

        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private final HttpClient client;

        Session() {
            this(null);
        }

        /** A client connecting from {@code localAddress} (an address of the loopback range), to be throttled alone. */
        Session(String localAddress) {
            HttpClient.Builder builder = HttpClient.newBuilder().cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER);
            if (localAddress != null) {
                try {
                    builder.localAddress(java.net.InetAddress.getByName(localAddress));
                } catch (java.net.UnknownHostException e) {
                    throw new IllegalStateException(e);
                }
            }
            client = builder.build();
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> signIn(String username, String password, String... headers)
                throws IOException, InterruptedException {
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri("login"))
                    .header("Content-Type", "application/x-www-form-urlencoded");
            if (headers.length > 0) {
                request.headers(headers);
            }
            HttpResponse<String> response = client.send(request
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("POST /login as %s: %s", username, response.body()).isEqualTo(302);
            return response;
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
        }

        void setSessionId(String id) {
            java.net.HttpCookie cookie = new java.net.HttpCookie("JSESSIONID", id);
            cookie.setPath("/");
            cookie.setVersion(0);
            cookies.getCookieStore().add(uri(""), cookie);
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + "/" + path);
        }
    }
}
