package org.caseaudit.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The audit lead opens the dashboard in a real Chromium: the ECharts charts render (SVG, under the application's
 * Content-Security-Policy, no console errors), the ICPC chart carries the national reference line, and axe-core finds
 * no WCAG A/AA violations. The panel viewer sees suppressed counts. Screenshots: target/screenshots/dashboard-*.png.
 */
class DashboardJourneyIT extends JourneyTestBase {

    /** ECharts' first paths are grid lines (no height, so never "visible"): wait for them to exist. */
    private static final Page.WaitForSelectorOptions ATTACHED = new Page.WaitForSelectorOptions()
            .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED);


    @Test
    void the_lead_opens_the_dashboard_and_the_charts_render_accessibly() {
        Page page = browser.newPage();
        List<String> problems = new ArrayList<>();
        page.onConsoleMessage((ConsoleMessage m) -> {
            if ("error".equals(m.type())) {
                problems.add(m.text());
            }
        });
        page.onPageError(problems::add);
        browser.signIn(page, "lead", PASSWORD);
        page.locator("#main-menu").getByText("Dashboard").click();
        page.waitForURL(url -> url.endsWith("/dashboard"));
        BrowserJourney.settle(page);

        // ECharts draws SVG into each chart: a path for the line and the band
        page.waitForSelector("#chart-icpc-within-15-days svg path", ATTACHED);
        assertThat(page.locator("#chart-chronology-on-file svg path").count()).isGreaterThan(2);
        assertThat(page.locator("#chart-icpc-within-15-days")).containsText("National reference: England 2025, 81%");
        assertThat(page.locator("#chart-icpc-within-15-days")).hasAttribute("role", "img");
        assertThat(page.locator("#icpc-national-reference")).containsText("national reference");
        assertThat(page.locator("#dashboard-in-progress")).containsText(latestDemoCycle());
        assertThat(page.locator("#agreement-table")).isVisible();
        page.waitForTimeout(500);
        browser.screenshot(page, "dashboard-lead");

        List<Axe.Violation> violations = Axe.violations(page);
        assertThat(violations).as("axe-core violations on the dashboard:%n  %s",
                violations.stream().map(Axe.Violation::toString).collect(Collectors.joining("\n  "))).isEmpty();
        assertThat(problems).as("browser console errors (e.g. the Content-Security-Policy blocking the chart)")
                .isEmpty();
    }

    @Test
    void the_panel_viewer_sees_small_counts_as_c() {
        Page page = browser.newPage();
        browser.signIn(page, "panel", PASSWORD);
        page.navigate(browser.url("dashboard"));
        page.waitForSelector("#chart-chronology-on-file svg path", ATTACHED);
        assertThat(page.locator("#dashboard-suppression-note")).containsText("shown as");
        assertThat(page.locator("#table-icpc-within-15-days td").getByText("c", new com.microsoft.playwright.Locator
                .GetByTextOptions().setExact(true)).first()).isAttached();
        assertThat(page.locator("#dashboard-agreement")).hasCount(0);
        page.waitForTimeout(500);
        browser.screenshot(page, "dashboard-panel");
    }
}
