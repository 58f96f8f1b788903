package org.caseaudit.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * WCAG 2.2 A/AA checks with axe-core on every route of the access matrix (so a new view is checked as soon as it has
 * its matrix row), on open dialogs, and a keyboard-only path. Exceptions must be justified in
 * src/test/resources/accessibility-exceptions.csv.
 */
class AccessibilityIT extends JourneyTestBase {

    /** A demo user per role, in the order the access matrix's columns use. */
    private static final Map<String, String> DEMO_USER_OF_ROLE = Map.of("ADMIN", "admin", "AUDIT_LEAD", "lead",
            "AUDITOR", "auditor", "MODERATOR", "moderator", "INDEPENDENT_MEMBER", "member", "PANEL_VIEWER", "panel",
            "TEAM_MANAGER", "manager", "AGENCY_COORDINATOR", "police", "PARTNERSHIP_LEAD", "partnership",
            "PARTNERSHIP_PANEL", "partnerpanel");


    record RouteToCheck(String route, String user) {
        @Override
        public String toString() {
            return "/" + route + " as " + (user == null ? "anonymous" : user);
        }
    }

    /** Every route in access-matrix.csv, opened by a demo user of the first role allowed there. */
    static Stream<RouteToCheck> routes() throws IOException {
        List<RouteToCheck> routes = new ArrayList<>();
        try (InputStream in = AccessibilityIT.class.getResourceAsStream("/access-matrix.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8))) {
            List<String> lines = reader.lines().filter(l -> !l.isBlank()).toList();
            String[] roles = lines.getFirst().split(",", -1);
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                String route = cells[0].trim();
                if (route.equals("login")) {
                    routes.add(new RouteToCheck(route, null));
                    continue;
                }
                for (int i = 1; i < roles.length; i++) {
                    if (cells[i].trim().equals("yes")) {
                        // a role without a demo user here would check the sign-in page instead of the view
                        routes.add(new RouteToCheck(route, Objects.requireNonNull(
                                DEMO_USER_OF_ROLE.get(roles[i].trim()), "no demo user for the role " + roles[i])));
                        break;
                    }
                }
            }
        }
        return routes.stream();
    }

    /** Each demo user's one tab, signed in once, which the route checks navigate from view to view. */
    private final Map<String, Page> tabOfUser = new HashMap<>();

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void every_view_has_no_wcag_violations(RouteToCheck check) {
        String view = check.route().isEmpty() ? "home" : check.route();
        if (check.user() == null) {
            Page page = browser.newPage();
            page.navigate(browser.url(check.route()));
            BrowserJourney.settle(page);
            assertNoViolations(page, view);
            page.close();
            return;
        }
        // a user's first route is a page load; later ones are opened in-app in the same tab, as a click on a link
        // would (a page load where that cannot be shown to render the route's own view afresh): a page load per
        // route cost the browser and the server about a second of CPU each
        Page page = tabOfUser.get(check.user());
        if (page == null) {
            page = browser.signedInPage(check.user(), PASSWORD);
            tabOfUser.put(check.user(), page);
            page.navigate(browser.url(check.route()));
            BrowserJourney.settle(page);
        } else {
            browser.open(page, check.route());
        }
        assertNoViolations(page, view);
    }

    @Test
    void the_user_editor_dialog_has_no_wcag_violations() {
        // the administrator's session of the route checks (signed in once), in a tab of its own, closed after
        Page page = browser.signedInPage("admin", PASSWORD);
        page.navigate(browser.url("admin/users"));
        BrowserJourney.settle(page);
        page.locator("#new-user").click();
        assertThat(page.locator("#user-username")).isVisible();
        BrowserJourney.settle(page);
        assertNoViolations(page, "admin/users#user-editor");
        page.close();
    }

    @Test
    void an_administrator_signs_in_and_opens_the_users_view_with_the_keyboard_only() {
        Page page = browser.newPage();
        page.navigate(browser.url("login"));
        BrowserJourney.settle(page);
        tabTo(page, "input[name=username]", 10);
        page.keyboard().type("admin");
        tabTo(page, "input[name=password]", 3);
        page.keyboard().type(PASSWORD);
        page.keyboard().press("Enter");
        page.waitForSelector("#signed-in-user");
        BrowserJourney.settle(page);

        tabTo(page, "a[href$='admin/users']", 30);
        browser.screenshot(page, "a11y-keyboard-focus-on-users");
        page.keyboard().press("Enter");
        assertThat(page.locator("#users-grid")).containsText("moderator");
        assertThat(page).hasURL(browser.url("admin/users"));
    }

    /** Presses Tab until the focused element (inside shadow roots too) matches the selector. */
    private static void tabTo(Page page, String selector, int maxTabs) {
        List<String> visited = new ArrayList<>();
        for (int i = 0; i < maxTabs; i++) {
            page.keyboard().press("Tab");
            Object focused = page.evaluate("""
                    (selector) => {
                      let el = document.activeElement;
                      while (el && el.shadowRoot && el.shadowRoot.activeElement) { el = el.shadowRoot.activeElement; }
                      if (!el) return null;
                      if (el.matches(selector)) return 'MATCH';
                      return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.getAttribute('href') ? '[' + el.getAttribute('href') + ']' : '');
                    }""", selector);
            if ("MATCH".equals(focused)) {
                return;
            }
            visited.add(String.valueOf(focused));
        }
        throw new AssertionError("Tab did not reach " + selector + " within " + maxTabs + " presses; focus went "
                + String.join(" -> ", visited));
    }

    private void assertNoViolations(Page page, String view) {
        browser.screenshot(page, "a11y-" + (view.isEmpty() ? "home" : view.replaceAll("[^A-Za-z0-9-]", "_")));
        List<Axe.Exception> exceptions = Axe.exceptions();
        List<Axe.Violation> unexcused = Axe.violations(page).stream()
                .filter(v -> exceptions.stream().noneMatch(e -> e.covers(view, v)))
                .toList();
        assertThat(unexcused)
                .as("axe-core WCAG 2.0/2.1/2.2 A and AA violations on %s (fix them, or justify each in "
                        + "src/test/resources/accessibility-exceptions.csv):%n  %s", view,
                        unexcused.stream().map(Axe.Violation::toString).collect(Collectors.joining("\n  ")))
                .isEmpty();
    }
}
