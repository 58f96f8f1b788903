package org.caseaudit.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.MockWebServerWrapper;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in with two OpenID Connect providers, "Council A" and "Police": two issuers of NAV's mock-oauth2-server
 * running in this JVM (its tokens stamped with the application's clock), the real authorization-code flow with PKCE,
 * state and nonce. Users are created at their first sign-in (just-in-time) and local sign-in is switched off.
 * Checked over HTTP (every refusal: wrong issuer, wrong audience, expired token, forged nonce, foreign state, no
 * workbench role, a disabled user, the local form) and in Chromium (a user of each provider lands on the home page
 * with their role's menu; sign-out goes through the provider's end-session endpoint).
 *
 * <p>Its settings differ from every other test's, so it has an application context of its own: it runs last but one
 * ({@code @Order}, before {@code LogScanIT}) and closes that context after itself.
 */
@Order(Integer.MAX_VALUE - 1)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class IdentityProviderJourneyIT extends JourneyTestBase {

    static final String COUNCIL = "council-a";
    static final String POLICE = "police";
    /** The group id that makes a Council A user an administrator (as Entra ID sends group object ids). */
    static final String ADMIN_GROUP = "6f1c1b4e-2a39-4a1b-9d8e-0a5f7e3c2b11";
    /** The mock provider stamps its tokens with the application's clock (the test profile's fixed one). */
    static final AtomicReference<Clock> PROVIDER_CLOCK = new AtomicReference<>();
    static MockOAuth2Server provider;

    @Autowired
    JdbcTemplate jdbc;

    static synchronized MockOAuth2Server provider() {
        if (provider == null) {
            OAuth2TokenProvider tokens = new OAuth2TokenProvider(new KeyProvider(), () -> {
                Clock clock = PROVIDER_CLOCK.get();
                return clock == null ? null : clock.instant();
            });
            provider = new MockOAuth2Server(new OAuth2Config(true, null, null, false, tokens, java.util.Set.of(),
                    new MockWebServerWrapper()));
            provider.start();
        }
        return provider;
    }

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry properties) {
        String council = "caseaudit.oidc.providers." + COUNCIL + ".";
        properties.add(council + "name", () -> "Council A");
        properties.add(council + "issuer-uri", () -> provider().issuerUrl(COUNCIL).toString());
        properties.add(council + "client-id", () -> "workbench-council");
        properties.add(council + "client-secret", () -> "council-secret");
        properties.add(council + "team-claim", () -> "team");
        properties.add(council + "roles.AUDITOR", () -> "Auditor");
        properties.add(council + "roles.AUDIT_LEAD", () -> "AuditLead");
        properties.add(council + "roles.ADMIN", () -> ADMIN_GROUP);
        String police = "caseaudit.oidc.providers." + POLICE + ".";
        properties.add(police + "name", () -> "Police");
        properties.add(police + "issuer-uri", () -> provider().issuerUrl(POLICE).toString());
        properties.add(police + "client-id", () -> "workbench-police");
        properties.add(police + "client-secret", () -> "police-secret");
        properties.add(police + "roles.PANEL_VIEWER", () -> "Panel");
        properties.add(police + "roles.AUDITOR", () -> "Auditor");
        properties.add("caseaudit.oidc.provisioning", () -> "just-in-time");
        properties.add("caseaudit.login.local", () -> "false");
    }

    @BeforeAll
    void providerOnTheApplicationsClock() {
        PROVIDER_CLOCK.set(clock);
    }

    @AfterAll
    void stopProvider() {
        if (provider != null) {
            provider.shutdown();
            provider = null;
        }
    }

    // ---- over HTTP: the authorization-code flow as a browser would follow it, step by step ----

    /** One sign-in: where the application sent the browser at the end, and the session cookie before and after. */
    record SignIn(String authorizeUrl, String finalLocation, String sessionBefore, String sessionAfter) {
        boolean succeeded() {
            return finalLocation.endsWith("/") && !finalLocation.contains("error");
        }
    }

    SignIn signIn(String providerId, String subject, String claimsJson) throws Exception {
        return signIn(providerId, subject, claimsJson, false);
    }

    SignIn signIn(String providerId, String subject, String claimsJson, boolean foreignState) throws Exception {
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> start = http.send(HttpRequest.newBuilder(app("oauth2/authorization/" + providerId))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(start.statusCode()).isEqualTo(302);
        String authorize = start.headers().firstValue("Location").orElseThrow();
        String before = session(cookies);
        String form = "username=" + enc(subject) + "&claims=" + enc(claimsJson);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(authorize))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
        String callback = login.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith(browser.url("login/oauth2/code/" + providerId));
        if (foreignState) {
            callback = callback.replaceAll("state=[^&]+", "state=a-state-this-application-never-sent");
        }
        HttpResponse<String> back = http.send(HttpRequest.newBuilder(URI.create(callback)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(back.statusCode()).isEqualTo(302);
        return new SignIn(authorize, back.headers().firstValue("Location").orElseThrow(), before, session(cookies));
    }

    private URI app(String path) {
        return URI.create(browser.url(path));
    }

    private static String session(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String claims(String username, String name, String roles, String extra) {
        return "{\"preferred_username\":\"" + username + "\",\"name\":\"" + name + "\",\"roles\":[" + roles + "]"
                + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    private String lastDetail(String action, String actor) {
        List<String> details = jdbc.queryForList("SELECT detail FROM audit_event WHERE action = ? AND actor = ? "
                + "ORDER BY id DESC LIMIT 1", String.class, action, actor);
        return details.isEmpty() ? null : details.getFirst();
    }

    private List<String> refusalsSince(long id) {
        return jdbc.queryForList("SELECT detail FROM audit_event WHERE action = 'SIGN_IN_REFUSED' AND id > ? "
                + "AND outcome = 'DENIED' ORDER BY id", String.class, id);
    }

    private long lastEventId() {
        Long id = jdbc.queryForObject("SELECT MAX(id) FROM audit_event", Long.class);
        return id == null ? 0 : id;
    }

    @Test
    void a_council_user_signs_in_with_pkce_and_nonce_gets_roles_and_team_from_the_token_and_a_new_session_id()
            throws Exception {
        SignIn signIn = signIn(COUNCIL, "sub-olivia", claims("olivia.lead", "Olivia Lead", "\"AuditLead\"",
                "\"team\":\"Safeguarding and Quality Assurance\""));

        assertThat(signIn.authorizeUrl()).contains("code_challenge=", "code_challenge_method=S256", "nonce=",
                "state=", "client_id=workbench-council");
        assertThat(signIn.succeeded()).as(signIn.finalLocation()).isTrue();
        assertThat(signIn.sessionAfter()).isNotNull().isNotEqualTo(signIn.sessionBefore());
        assertThat(jdbc.queryForMap("SELECT full_name, team, identity_provider, provider_subject FROM app_user "
                + "WHERE username = 'olivia.lead'")).containsEntry("full_name", "Olivia Lead")
                .containsEntry("team", "Safeguarding and Quality Assurance")
                .containsEntry("identity_provider", COUNCIL).containsEntry("provider_subject", "sub-olivia");
        assertThat(jdbc.queryForList("SELECT r.role FROM app_user_role r JOIN app_user u ON u.id = r.user_id "
                + "WHERE u.username = 'olivia.lead'", String.class)).containsExactly("AUDIT_LEAD");
        assertThat(lastDetail("USER_CREATED", "olivia.lead")).contains("first sign-in with Council A", "AUDIT_LEAD");
        assertThat(lastDetail("SIGN_IN", "olivia.lead")).isEqualTo("with Council A, roles [AUDIT_LEAD]");
    }

    @Test
    void a_role_change_at_the_provider_changes_the_workbench_roles_and_is_recorded() throws Exception {
        assertThat(signIn(COUNCIL, "sub-ravi", claims("ravi.auditor", "Ravi Auditor", "\"Auditor\"",
                "\"team\":\"North Assessment Team\"")).succeeded()).isTrue();
        assertThat(signIn(COUNCIL, "sub-ravi", claims("ravi.auditor", "Ravi Auditor", "\"AuditLead\"",
                "\"groups\":[\"" + ADMIN_GROUP + "\"],\"team\":\"Quality Assurance\"")).succeeded()).isTrue();

        assertThat(jdbc.queryForList("SELECT r.role FROM app_user_role r JOIN app_user u ON u.id = r.user_id "
                + "WHERE u.username = 'ravi.auditor' ORDER BY r.role", String.class))
                .containsExactly("ADMIN", "AUDIT_LEAD");
        // "North Assessment Team" is an alias of "Assessment Team North": stored under the team's name (issue 25)
        assertThat(lastDetail("USER_ROLES_CHANGED", "ravi.auditor")).isEqualTo("by Council A: roles [AUDITOR] -> "
                + "[ADMIN, AUDIT_LEAD], team Assessment Team North -> Quality Assurance");
    }

    /**
     * Issue 25: a team claim follows the rule an administrator's choice follows (one of the user's council's active
     * teams, by name or alias, stored by its name). Another council's team, an inactive team or a typing slip is not
     * stored: the user signs in with the token's roles, keeps the team they had, and the trail says why.
     */
    @Test
    void a_team_claim_that_is_no_active_team_of_the_users_council_is_not_stored_and_the_sign_in_goes_ahead()
            throws Exception {
        jdbc.update("INSERT IGNORE INTO council (code, name, created_at) VALUES ('IDP-B', 'Provider council B',"
                + " UTC_TIMESTAMP(6))");
        long councilB = jdbc.queryForObject("SELECT id FROM council WHERE code = 'IDP-B'", Long.class);
        jdbc.update("INSERT IGNORE INTO team (name, updated_by, updated_at, council_id) VALUES ('Council B Team',"
                + " 'test', UTC_TIMESTAMP(6), ?)", councilB);
        jdbc.update("INSERT IGNORE INTO team (name, active, updated_by, updated_at, council_id) VALUES ("
                + "'Closed Provider Team', FALSE, 'test', UTC_TIMESTAMP(6), 1)");

        assertThat(signIn(COUNCIL, "sub-tara", claims("tara.team", "Tara Team", "\"Auditor\"",
                "\"team\":\"Council B Team\"")).succeeded()).as("a first sign-in with another council's team")
                .isTrue();
        assertThat(team("tara.team")).isNull();
        assertThat(lastDetail("USER_CREATED", "tara.team")).isEqualTo("first sign-in with Council A, roles="
                + "[AUDITOR], team=null");
        assertThat(lastDetail("USER_TEAM_NOT_TAKEN", "tara.team")).isEqualTo(notTaken("Council B Team", null));

        assertThat(signIn(COUNCIL, "sub-tara", claims("tara.team", "Tara Team", "\"Auditor\"",
                "\"team\":\"quality  ASSURANCE\"")).succeeded()).isTrue();
        assertThat(team("tara.team")).as("a team's name in other case and spacing, stored as the team's name")
                .isEqualTo("Quality Assurance");
        for (String claimed : List.of("Council B Team", "Closed Provider Team", "Qualty Assurance")) {
            assertThat(signIn(COUNCIL, "sub-tara", claims("tara.team", "Tara Team", "\"AuditLead\"",
                    "\"team\":\"" + claimed + "\"")).succeeded()).as(claimed).isTrue();
            assertThat(team("tara.team")).as(claimed).isEqualTo("Quality Assurance");
            assertThat(lastDetail("USER_TEAM_NOT_TAKEN", "tara.team")).isEqualTo(notTaken(claimed,
                    "Quality Assurance"));
        }
        assertThat(jdbc.queryForList("SELECT r.role FROM app_user_role r JOIN app_user u ON u.id = r.user_id "
                + "WHERE u.username = 'tara.team'", String.class)).as("the roles from the token, whatever the team")
                .containsExactly("AUDIT_LEAD");
        assertThat(jdbc.queryForList("SELECT DISTINCT council_id FROM audit_event WHERE action = 'USER_TEAM_NOT_TAKEN'"
                + " AND actor = 'tara.team'", Long.class)).as("in the trail of the user's council").containsExactly(1L);
    }

    private String team(String username) {
        return jdbc.queryForObject("SELECT team FROM app_user WHERE username = ?", String.class, username);
    }

    private static String notTaken(String claimed, String kept) {
        return "by Council A: team \u201c" + claimed + "\u201d (claim team) not taken: no active team of the user's "
                + "council has that name or alias; team kept: " + kept;
    }

    @Test
    void tokens_that_fail_a_check_are_refused_with_a_plain_reason_and_recorded() throws Exception {
        String user = claims("mallory", "Mallory", "\"Auditor\"", "");
        long before = lastEventId();
        long expired = clock.instant().minusSeconds(3600).getEpochSecond();
        List<String> cases = List.of(
                "\"iss\":\"https://login.microsoftonline.com/common/v2.0\"",
                "\"aud\":[\"another-application\"]",
                "\"exp\":" + expired + ",\"iat\":" + (expired - 3600),
                "\"nonce\":\"a-nonce-this-sign-in-never-sent\"");
        for (String forged : cases) {
            SignIn signIn = signIn(COUNCIL, "sub-mallory", user.substring(0, user.length() - 1) + "," + forged + "}");
            assertThat(signIn.finalLocation()).as(forged).endsWith("/login?error=provider");
            assertThat(signIn.sessionAfter()).isNotNull();
        }
        SignIn foreignState = signIn(COUNCIL, "sub-mallory", user, true);
        assertThat(foreignState.finalLocation()).endsWith("/login?error=provider");

        List<String> refusals = refusalsSince(before);
        assertThat(refusals).hasSize(5);
        assertThat(refusals.get(0)).startsWith("Council A (council-a): invalid_id_token:").contains("iss");
        assertThat(refusals.get(1)).startsWith("Council A (council-a): invalid_id_token:").contains("aud");
        assertThat(refusals.get(2)).startsWith("Council A (council-a): invalid_id_token:").contains("expired");
        assertThat(refusals.get(3)).startsWith("Council A (council-a): invalid_nonce");
        assertThat(refusals.get(4)).startsWith("Council A (council-a): authorization_request_not_found");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = 'mallory'", Integer.class))
                .isZero();
    }

    @Test
    void a_user_without_a_workbench_role_and_a_disabled_user_are_refused_and_recorded() throws Exception {
        SignIn noRole = signIn(POLICE, "sub-nora", claims("nora.officer", "Nora Officer", "\"Constable\"", ""));
        assertThat(noRole.finalLocation()).endsWith("/login?error=provider");
        assertThat(lastDetail("SIGN_IN_REFUSED", "nora.officer"))
                .isEqualTo("Police: no workbench role for [roles, groups] = [Constable]");

        assertThat(signIn(POLICE, "sub-dan", claims("dan.panel", "Dan Panel", "\"Panel\"", "")).succeeded()).isTrue();
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = 'dan.panel'");
        SignIn disabled = signIn(POLICE, "sub-dan", claims("dan.panel", "Dan Panel", "\"Panel\"", ""));
        assertThat(disabled.finalLocation()).endsWith("/login?error=provider");
        assertThat(lastDetail("SIGN_IN_REFUSED", "dan.panel")).isEqualTo("Police: workbench user disabled");
    }

    @Test
    void another_provider_cannot_take_over_a_username() throws Exception {
        assertThat(signIn(COUNCIL, "sub-sam", claims("sam.smith", "Sam Smith", "\"Auditor\"", "")).succeeded())
                .isTrue();
        SignIn police = signIn(POLICE, "sub-other-sam", claims("sam.smith", "Someone Else", "\"Auditor\"", ""));
        assertThat(police.finalLocation()).endsWith("/login?error=provider");
        SignIn local = signIn(POLICE, "sub-fake-admin", claims("admin", "Not The Admin", "\"Auditor\"", ""));
        assertThat(local.finalLocation()).endsWith("/login?error=provider");
        assertThat(lastDetail("SIGN_IN_REFUSED", "admin")).isEqualTo("Police: username admin belongs to a local "
                + "account");
    }

    @Test
    void with_local_sign_in_off_the_form_post_is_refused_and_recorded() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        // as a browser would: the sign-in page first (it opens the session), then the form's POST
        assertThat(http.send(HttpRequest.newBuilder(app("login")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(200);
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(app("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=auditor&password=" + PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).as("%s", post.headers().map()).isEqualTo(403);
        assertThat(lastDetail("SIGN_IN_REFUSED", "anonymous")).isEqualTo("local sign-in is switched off");
    }

    // ---- in Chromium: two providers, a user of each, the provider's own sign-in page ----

    void signInThroughTheProvider(Page page, String providerId, String subject, String claimsJson) {
        page.navigate(browser.url("login"));
        page.locator("#sign-in-with-" + providerId).click();
        page.waitForURL(url -> url.startsWith(provider().issuerUrl(providerId).toString()));
        page.locator("input[name='username']").fill(subject);
        page.locator("textarea[name='claims']").fill(claimsJson);
        page.locator("input[type='submit']").click();
    }

    @Test
    void a_user_of_each_provider_signs_in_in_the_browser_and_sees_their_roles_menu() {
        Page login = browser.newPage();
        login.navigate(browser.url("login"));
        assertThat(login.locator("#sign-in-with-council-a")).hasText("Sign in with Council A");
        assertThat(login.locator("#sign-in-with-police")).hasText("Sign in with Police");
        assertThat(login.locator("input[name='username']")).hasCount(0);
        browser.screenshotAndCheck(login, "oidc-01-login-two-providers", "login");

        Page council = browser.newPage();
        signInThroughTheProvider(council, COUNCIL, "sub-aisha-b", claims("aisha.b", "Aisha Bello", "\"Auditor\"",
                "\"team\":\"North Assessment Team\""));
        council.waitForSelector("#signed-in-user");
        assertThat(council).hasURL(browser.url(""));
        assertThat(council.locator("#signed-in-user")).containsText("Aisha Bello");
        assertThat(council.locator("#home-roles")).containsText("Auditor: work through your assigned case files");
        assertThat(council.locator("#main-menu")).containsText("Home");
        assertThat(council.locator("#main-menu")).not().containsText("Users");
        browser.screenshot(council, "oidc-02-council-a-auditor-home");

        Page police = browser.newPage();
        signInThroughTheProvider(police, POLICE, "sub-pat", claims("pat.reid", "Pat Reid", "\"Panel\"", ""));
        police.waitForSelector("#signed-in-user");
        assertThat(police.locator("#signed-in-user")).containsText("Pat Reid");
        assertThat(police.locator("#home-roles")).containsText("Scrutiny panel: read anonymised reports");
        assertThat(police.locator("#main-menu")).not().containsText("Users");
        browser.screenshot(police, "oidc-03-police-panel-home");

        police.navigate(browser.url("account"));
        assertThat(police.locator("#account-provider")).containsText("You sign in with Police");
        assertThat(police.locator("#change-password")).hasCount(0);
        assertThat(police.locator("#two-factor-start")).hasCount(0);
        browser.screenshot(police, "oidc-04-police-my-account");
    }

    @Test
    void sign_out_ends_the_session_through_the_providers_end_session_endpoint() {
        Page page = browser.newPage();
        List<String> visited = new CopyOnWriteArrayList<>();
        page.onRequest(request -> visited.add(request.url()));
        signInThroughTheProvider(page, COUNCIL, "sub-lena-b", claims("lena.b", "Lena Brown", "\"AuditLead\"", ""));
        page.waitForSelector("#signed-in-user");

        page.locator("#sign-out").click();
        page.waitForURL(url -> url.startsWith(browser.url("login")));
        assertThat(visited).anyMatch(url -> url.startsWith(provider().endSessionEndpointUrl(COUNCIL).toString())
                && url.contains("id_token_hint="));
        page.navigate(browser.url(""));
        page.waitForURL(url -> url.startsWith(browser.url("login")));
        assertThat(page.locator("#sign-in-with-council-a")).isVisible();
    }

    @Test
    void a_refused_sign_in_is_explained_on_the_sign_in_page() {
        Page page = browser.newPage();
        signInThroughTheProvider(page, COUNCIL, "sub-eve", claims("eve", "Eve", "\"Auditor\"",
                "\"aud\":[\"another-application\"]"));
        page.waitForURL(url -> url.contains("error=provider"));
        assertThat(page.locator("#provider-refusal")).containsText("Sign-in with Council A was refused: it was "
                + "issued for another application (audience)");
        browser.screenshotAndCheck(page, "oidc-05-refused", "login");
    }

}
