package org.caseaudit.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.stream.Stream;
import org.caseaudit.audit.FeedbackService;
import org.caseaudit.security.Roles;
import org.caseaudit.security.RunAs;
import org.caseaudit.shared.council.CurrentCouncil;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 21 at 390 px: on every list whose rows end in an action, each row becomes a card beside its action
 * (Layouts.cardsOnNarrow), so neither the grid nor the page scrolls sideways and the first row's action is wholly in
 * sight; axe (target size included) stays clean in that form. Screenshots at 390 and 1366 px go to
 * target/screenshots ("narrow-..."). Uses the demo year's users and their work.
 */
class NarrowListsIT extends JourneyTestBase {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FeedbackService feedback;

    /** Something shared with the demo team manager, through the service, so that their list has a row. */
    @BeforeAll
    void shareAnAuditWithTheManager() {
        Long audit = jdbc.query("""
                SELECT a.id FROM case_audit a WHERE a.council_id = ? AND a.kind = 'AUDIT' AND a.status IN ('SUBMITTED', 'MODERATED', 'CLOSED')
                   AND NOT EXISTS (SELECT 1 FROM audit_share s WHERE s.case_audit_id = a.id AND s.team_manager = 'manager')
                 ORDER BY a.id LIMIT 1""", rs -> rs.next() ? rs.getLong(1) : null,
                CurrentCouncil.INSTALLATION_COUNCIL);
        if (audit != null) {
            RunAs.as("lead", () -> {
                feedback.share(audit, "manager", "For your team's supervision");
                return null;
            }, Roles.AUDIT_LEAD);
        }
    }

    record ListPage(String route, String user, String grid, String action) {
        @Override
        public String toString() {
            return "/" + route + " as " + user;
        }
    }

    static Stream<ListPage> pages() {
        return Stream.of(
                new ListPage("my-audits", "auditor", "#my-audits-grid", "a[id^='open-']"),
                new ListPage("audit-results", "lead", "#cycle-audits-grid", "vaadin-button[id^='cycle-open-']"),
                new ListPage("cases/deadlines", "lead", "#deadline-grid", null),
                new ListPage("my-actions", "lead", "#my-actions-grid", null),
                new ListPage("shared-audits", "manager", "#shared-audits-grid", "vaadin-button[id^='shared-open-']"),
                new ListPage("admin/users", "admin", "#users-grid", "#users-grid vaadin-button"));
    }

    private static int sidewaysOverflow(Locator grid) {
        return ((Number) grid.evaluate("g => { const t = g.shadowRoot.querySelector('#table');"
                + " return t.scrollWidth - t.clientWidth; }")).intValue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void at_390_px_the_rows_are_cards_and_their_actions_are_in_reach(ListPage list) {
        // one sign-in per user (lead has three lists), each list in a tab of its own
        Page page = browser.signedInPage(list.user(), PASSWORD);
        page.setViewportSize(390, 844);
        page.navigate(browser.url(list.route()));
        Locator grid = page.locator(list.grid());
        assertThat(grid).isVisible();
        // the view turns rows into cards after it learns the window's width: wait for that before measuring
        assertThat(grid.locator(".grid-card").first()).isVisible();
        BrowserJourney.settle(page);
        String name = "narrow-" + list.route().replace('/', '-');
        browser.screenshotAndCheck(page, name + "-390", list.route());
        assertThat(sidewaysOverflow(grid)).as("the grid scrolls sideways at 390 px").isLessThanOrEqualTo(1);
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
                .as("the page scrolls sideways at 390 px").isLessThanOrEqualTo(390);
        if (list.action() != null) {
            Locator action = page.locator(list.action()).first();
            assertThat(action).isInViewport(new com.microsoft.playwright.assertions.LocatorAssertions
                    .IsInViewportOptions().setRatio(1));
        }

        page.setViewportSize(1366, 900);
        page.navigate(browser.url(list.route()));
        assertThat(grid).isVisible();
        BrowserJourney.settle(page);
        assertThat(grid.locator(".grid-card")).hasCount(0);
        browser.screenshot(page, name + "-1366");
        page.close();
    }
}
