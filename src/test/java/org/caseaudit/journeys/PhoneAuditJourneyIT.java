package org.caseaudit.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.caseaudit.shared.council.CurrentCouncil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 21 at 390 x 844 (a phone): an auditor goes from My audits to an audit not yet started, answers, submits too
 * early, and finds the problems at the top with links to each question; no page scrolls sideways. Screenshots of the
 * workspace and the moderation page at 1366 and 390 px wide go to target/screenshots.
 */
class PhoneAuditJourneyIT extends JourneyTestBase {

    @Autowired
    JdbcTemplate jdbc;

    private static int pageWidth(Page page) {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
    }

    @Test
    void an_auditor_on_a_phone_opens_an_audit_answers_and_sees_at_the_top_what_stops_the_submission() {
        long id = jdbc.queryForObject("""
                SELECT id FROM case_audit WHERE auditor = 'auditor' AND kind = 'AUDIT' AND status = 'NOT_STARTED'
                ORDER BY due_date, id LIMIT 1""", Long.class);
        Page page = browser.newPage();
        page.setViewportSize(390, 844);
        browser.signIn(page, "auditor", PASSWORD);
        // the main menu is folded into a drawer at this width: go by the address a menu link has
        page.navigate(browser.url("my-audits"));
        assertThat(page.locator("#my-audits-grid")).isVisible();
        BrowserJourney.settle(page);
        browser.screenshot(page, "phone-01-my-audits-390");

        page.navigate(browser.url("audit?id=" + id));
        assertThat(page.locator("#not-started-banner")).containsText("Not started yet");
        assertThat(page.locator("#submit-audit")).isInViewport();
        BrowserJourney.settle(page);
        assertThat(pageWidth(page)).as("no sideways scrolling of the workspace at 390 px").isLessThanOrEqualTo(390);
        browser.screenshot(page, "phone-02-workspace-390");

        Locator first = page.locator("#section-body .audit-question").first();
        first.locator("vaadin-radio-button").first().click();
        assertThat(page.locator("#audit-status")).containsText("status In progress");
        assertThat(page.locator("#not-started-banner")).isHidden();

        page.locator("#submit-audit").click();
        assertThat(page.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog")).not().hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit").setExact(true)).click();
        assertThat(page.locator("#submit-problems-title")).containsText("Not submitted:");
        assertThat(page.locator("#submit-problems-title")).isInViewport();
        BrowserJourney.settle(page);
        browser.screenshot(page, "phone-03-submit-refused-390");

        Locator link = page.locator("#submit-problems vaadin-button").nth(1);
        String question = link.getAttribute("data-question");
        link.click();
        assertThat(page.locator("#question-" + question)).isInViewport();
        assertThat(pageWidth(page)).isLessThanOrEqualTo(390);
        browser.screenshot(page, "phone-04-jumped-to-question-390");
        assertThat(jdbc.queryForObject("SELECT status FROM case_audit WHERE id = ?", String.class, id))
                .isEqualTo("IN_PROGRESS");
    }

    @Test
    void the_workspace_and_the_moderation_page_at_1366_and_390_px() {
        long moderated = jdbc.queryForObject("""
                SELECT a.id FROM case_audit a WHERE a.council_id = ? AND a.kind = 'AUDIT' AND a.status = 'MODERATED'
                  AND EXISTS (SELECT 1 FROM audit_agreed_answer g WHERE g.case_audit_id = a.id)
                ORDER BY a.id DESC LIMIT 1""", Long.class, CurrentCouncil.INSTALLATION_COUNCIL);
        Page page = browser.newPage();
        page.setViewportSize(1366, 900);
        browser.signIn(page, "lead", PASSWORD);

        page.navigate(browser.url("audit?id=" + moderated));
        assertThat(page.locator("#audit-title")).containsText("Audit: ");
        browser.screenshotAndCheck(page, "workspace-1366", "audit");
        page.navigate(browser.url("audit-moderation?id=" + moderated));
        assertThat(page.locator("#comparison-table")).isVisible();
        browser.screenshotAndCheck(page, "moderation-1366", "audit-moderation");
        page.locator("#differences-only").click();
        BrowserJourney.settle(page);
        browser.screenshot(page, "moderation-differences-only-1366");

        page.setViewportSize(390, 844);
        page.navigate(browser.url("audit-moderation?id=" + moderated));
        assertThat(page.locator("#comparison-table")).isVisible();
        BrowserJourney.settle(page);
        assertThat(pageWidth(page)).as("no sideways scrolling of the moderation page at 390 px")
                .isLessThanOrEqualTo(390);
        browser.screenshot(page, "moderation-390");
        page.navigate(browser.url("audit?id=" + moderated));
        assertThat(page.locator("#audit-title")).containsText("Audit: ");
        BrowserJourney.settle(page);
        browser.screenshot(page, "workspace-390");
    }
}
