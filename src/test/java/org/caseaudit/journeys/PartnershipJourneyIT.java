package org.caseaudit.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.caseaudit.shared.SecondDemoCouncil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 25's "done when" in Chromium, on the demo partnership (the demo council and Southvale): each council's audit
 * lead sees only their own council's register, cycles and audits (the other's references and cycle names are absent,
 * and a direct link to the other's audit is refused); the partnership lead sees both councils compared and downloads
 * the pack, which names no case; the installation's administrator creates a council, whose first administrator
 * chooses their own password at the first sign-in and can import at once (the built-in profiles are there). Screenshots
 * of the comparison
 * and councils pages at 1366 and 390 px wide.
 */
class PartnershipJourneyIT extends JourneyTestBase {

    @Autowired
    JdbcTemplate jdbc;

    /** A submitted audit of the council, by id (the test reads ids; the browser must not reach the other's). */
    private long anAuditOf(long council) {
        return jdbc.queryForObject("SELECT MIN(id) FROM case_audit WHERE council_id = ? AND kind = 'AUDIT'"
                + " AND status <> 'NOT_STARTED'", Long.class, council);
    }

    private String referenceOfAudit(long auditId) {
        return jdbc.queryForObject("SELECT r.case_reference FROM case_audit a JOIN case_record r ON r.id = a.case_id"
                + " WHERE a.id = ?", String.class, auditId);
    }

    @Test
    void each_councils_audit_lead_sees_only_their_own_council() {
        long southvale = SecondDemoCouncil.id(jdbc).orElseThrow();
        long southvaleAudit = anAuditOf(southvale);
        long demoAudit = anAuditOf(1);
        String southvaleCase = referenceOfAudit(southvaleAudit);
        String demoCase = referenceOfAudit(demoAudit);
        assertThat(southvaleCase).startsWith(SecondDemoCouncil.REFERENCE_PREFIX);
        assertThat(demoCase).startsWith("CR");

        // the demo council's lead
        Page lead = browser.signedInPage("lead", PASSWORD);
        lead.navigate(browser.url("cases"));
        lead.locator("#filter-reference input").fill(demoCase);
        assertThat(lead.locator("#case-count")).hasText("1 cases");
        lead.locator("#filter-reference input").fill(SecondDemoCouncil.REFERENCE_PREFIX + "0");
        assertThat(lead.locator("#case-count")).hasText("0 cases");
        lead.navigate(browser.url("audit-cycles"));
        assertThat(lead.locator("#cycles-grid")).containsText(latestDemoCycle());
        assertThat(lead.locator("#cycles-grid")).not().containsText("Southvale");
        lead.navigate(browser.url("audit?id=" + southvaleAudit));
        assertThat(lead.locator("#audit-refused")).isVisible();
        assertThat(lead.locator("body")).not().containsText(southvaleCase);
        browser.screenshot(lead, "partnership-01-lead-refused-southvale-audit");

        // Southvale's lead
        Page lead2 = browser.signedInPage(SecondDemoCouncil.LEAD, PASSWORD);
        lead2.navigate(browser.url("cases"));
        lead2.locator("#filter-reference input").fill(southvaleCase);
        assertThat(lead2.locator("#case-count")).hasText("1 cases");
        lead2.locator("#filter-reference input").fill(demoCase);
        assertThat(lead2.locator("#case-count")).hasText("0 cases");
        lead2.locator("#filter-reference input").fill("");
        assertThat(lead2.locator("#case-count")).hasText(SecondDemoCouncil.CASES + " cases");
        lead2.navigate(browser.url("audit-cycles"));
        assertThat(lead2.locator("#cycles-grid")).containsText("Southvale S47 audit");
        assertThat(lead2.locator("#cycles-grid")).not().containsText("S47 enquiries");
        lead2.navigate(browser.url("audit?id=" + demoAudit));
        assertThat(lead2.locator("#audit-refused")).isVisible();
        assertThat(lead2.locator("body")).not().containsText(demoCase);
        browser.screenshot(lead2, "partnership-02-lead2-refused-demo-audit");
    }

    @Test
    void the_partnership_lead_compares_both_councils_and_downloads_the_pack() throws Exception {
        Page page = browser.signedInPage("partnership", PASSWORD);
        page.locator("#main-menu").getByText("Partnership comparison").click();
        assertThat(page.locator("#comparison-intro")).containsText("Northshire County Council, Southvale Borough Council");
        BrowserJourney.settle(page);
        browser.screenshot(page, "partnership-03-comparison-as-opened");
        // it opens on the checklist version both councils audited with
        assertThat(page.locator("#comparison-template input")).hasValue(
                "Section 47 child protection enquiry \u2014 case file audit (version 1, in use)");
        page.locator("#comparison-measure input").click();
        page.locator("#comparison-measure input").fill("Is a chronology");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Is a chronology on file"))
                .first().click();
        page.locator("#comparison-run").click();
        BrowserJourney.settle(page);
        assertThat(page.locator("#comparison-grid")).containsText("Southvale Borough Council");
        assertThat(page.locator("#comparison-grid")).containsText("Northshire County Council");
        assertThat(page.locator("#funnel-chart")).isVisible();
        page.setViewportSize(1366, 900);
        BrowserJourney.settle(page);
        browser.screenshot(page, "partnership-04-comparison-1366");

        Download d = page.waitForDownload(() -> page.locator("#comparison-pdf").click());
        Path pdf = Files.createTempDirectory("partnership-pack").resolve(d.suggestedFilename());
        d.saveAs(pdf);
        assertThat(pdf.getFileName().toString()).endsWith(".pdf");
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Northshire and Southvale Safeguarding Partnership", "Northshire County Council (",
                "Southvale Borough Council (", "Funnel plot");
        assertThat(text).as("no case reference in the pack").doesNotContainPattern("\\b(CR|SV)\\d{7}\\b");

        page.setViewportSize(390, 844);
        // the server hears of the resize after a short delay, then shows the rows as cards: wait for the cards
        assertThat(page.locator("#comparison-grid .grid-card").first()).isVisible();
        BrowserJourney.settle(page);
        browser.screenshot(page, "partnership-05-comparison-390");
    }

    @Test
    void the_installation_administrator_creates_a_council() {
        Page page = browser.signedInPage("admin", PASSWORD);
        page.setViewportSize(1366, 900);
        page.navigate(browser.url("admin/councils"));
        assertThat(page.locator("#councils-grid")).containsText("Southvale Borough Council");
        page.locator("#council-code input").fill("JRN");
        page.locator("#council-name input").fill("Journeyford Borough Council");
        page.locator("#council-admin-username input").fill("journey.counciladmin");
        page.locator("#council-admin-name input").fill("Jo Council");
        page.locator("#council-admin-email input").fill("journey.counciladmin@example.org");
        page.locator("#council-admin-password input").fill("long walk by the river 2026");
        page.locator("#council-create").click();
        assertThat(page.locator("#councils-grid")).containsText("Journeyford Borough Council");
        BrowserJourney.settle(page);
        browser.screenshot(page, "partnership-06-councils-1366");
        page.setViewportSize(390, 844);
        // the server hears of the resize after a short delay, then shows the rows as cards: wait for the cards
        assertThat(page.locator("#councils-grid .grid-card").first()).isVisible();
        BrowserJourney.settle(page);
        browser.screenshot(page, "partnership-07-councils-390");

        // its first administrator signs in to the new, empty council, replacing the initial password the
        // installation's administrator chose first, and is not an installation administrator
        Page newcomer = browser.newPage();
        newcomer.navigate(browser.url("login"));
        newcomer.locator("input[name='username']").fill("journey.counciladmin");
        newcomer.locator("input[name='password']").fill("long walk by the river 2026");
        newcomer.locator("vaadin-button[slot='submit']").click();
        newcomer.waitForURL(url -> url.endsWith("/sign-in"));
        newcomer.locator("#new-password-1 input").fill("my own lantern at dusk 7");
        newcomer.locator("#new-password-2 input").fill("my own lantern at dusk 7");
        newcomer.locator("#new-password-submit").click();
        newcomer.waitForSelector("#signed-in-user", new Page.WaitForSelectorOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        newcomer.navigate(browser.url("admin/councils"));
        assertThat(newcomer.locator("#councils-not-installation")).isVisible();
        newcomer.navigate(browser.url("cases"));
        assertThat(newcomer.locator("#case-count")).hasText("0 cases");
        newcomer.navigate(browser.url("admin/timescales"));
        assertThat(newcomer.locator("#timescale-grid")).containsText("45 working days");
        // the initial password no longer works; the chosen one does
        Page again = browser.newPage();
        again.navigate(browser.url("login"));
        again.locator("input[name='username']").fill("journey.counciladmin");
        again.locator("input[name='password']").fill("long walk by the river 2026");
        again.locator("vaadin-button[slot='submit']").click();
        assertThat(again.locator("#signed-in-user")).hasCount(0);
        browser.signIn(again, "journey.counciladmin", "my own lantern at dusk 7");
    }
}
