package org.caseaudit.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caseaudit.reports.PdfReports;
import org.caseaudit.shared.council.CurrentCouncil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The accessible HTML twins of the anonymised committee pack and action-plan progress report, as a panel viewer
 * receives them from the service, opened in headless Chromium from the file alone: axe-core (WCAG 2.2 A/AA, the
 * same mechanism as {@link AccessibilityIT}) finds no violation, and the page asks for nothing outside the file.
 * Uses the demo data of the test profile (the latest sampled cycle), as the published packs would.
 */
class HtmlTwinAccessibilityIT extends JourneyTestBase {

    @Autowired
    PdfReports reports;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void asPanelViewer() {
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("panel", null, "ROLE_PANEL_VIEWER"));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_anonymised_committee_pack_twin_has_no_axe_violation_and_loads_nothing_from_outside() throws Exception {
        Long cycle = jdbc.queryForObject("SELECT MAX(c.id) FROM audit_cycle c WHERE c.council_id = ? AND EXISTS "
                + "(SELECT 1 FROM case_audit a WHERE a.cycle_id = c.id)", Long.class,
                CurrentCouncil.INSTALLATION_COUNCIL);
        assertThat(cycle).as("a demo cycle with audits").isNotNull();
        check("committee-pack-anonymised.html", reports.committeePackHtml(cycle, true));
    }

    @Test
    void the_anonymised_action_plan_progress_twin_has_no_axe_violation_and_loads_nothing_from_outside()
            throws Exception {
        check("action-plan-progress-anonymised.html", reports.actionPlanProgressHtml(true));
    }

    private void check(String name, byte[] html) throws Exception {
        Path file = BrowserJourney.SCREENSHOTS.resolve("html-twin-" + name).toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.write(file, html);
        for (int width : new int[] {1366, 390}) {
            Page page = browser.newPage();
            List<String> outside = new ArrayList<>();
            page.onRequest(request -> {
                if (!request.url().startsWith("file:") && !request.url().startsWith("data:")) {
                    outside.add(request.url());
                }
            });
            page.setViewportSize(width, 900);
            page.navigate(file.toUri().toString());
            assertThat(page.title()).isNotBlank();
            assertThat(page.evaluate("() => document.documentElement.lang")).isEqualTo("en-GB");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(BrowserJourney.SCREENSHOTS.resolve("html-twin-" + width + "-" + name + ".png")));
            List<Axe.Violation> violations = Axe.violations(page);
            assertThat(violations).as("axe violations at %d px in %s", width, name).isEmpty();
            assertThat(outside).as("requests outside the file").isEmpty();
            page.context().close();
        }
    }
}
