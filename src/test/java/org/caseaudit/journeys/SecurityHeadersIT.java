package org.caseaudit.journeys;

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
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Headers, session cookie, session fixation and sign-in throttling, over real HTTP against the running application.
 * Same annotations as the browser journeys, so the same application context serves both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
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
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
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
