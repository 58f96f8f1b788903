package org.caseaudit.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Journeys 5 and 6 of issue 11 in a real Chromium on the demo year: the audit lead turns a cycle's themes into
 * actions, then builds and downloads the committee pack and both workbooks (the files are opened and checked); the
 * scrutiny panel gets only anonymised files (no case reference, child reference or person name from the database in
 * them) and is refused a lead's page. Screenshots: target/screenshots/reports-*.png.
 */
class ReportsJourneyIT extends JourneyTestBase {

    /** The demo cycle two months before the clock's month: complete, with findings and actions. */
    private String month() {
        return java.time.YearMonth.now(clock).minusMonths(2)
                .format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK));
    }

    private String cycle() {
        return "S47 enquiries " + month();
    }

    @Autowired
    JdbcTemplate jdbc;
    Path downloads;

    @BeforeAll
    void start() throws Exception {
        downloads = Files.createDirectories(BrowserJourney.SCREENSHOTS.resolveSibling("journey-downloads"));
    }

    private void chooseCycle(Page page) {
        page.locator("#report-cycle input").fill(month());
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(cycle())).first().click();
        assertThat(page.locator("#report-cycle input")).hasValue(java.util.regex.Pattern.compile(cycle() + ".*"));
    }

    /** Clicks a build button, waits for its download link and saves the file. */
    private Path build(Page page, String slug, int job) {
        page.locator("#build-" + slug).click();
        Locator link = page.locator("#report-job-download-" + job);
        link.waitFor(new Locator.WaitForOptions().setTimeout(120_000));
        Download download = page.waitForDownload(link::click);
        Path file = downloads.resolve(download.suggestedFilename());
        download.saveAs(file);
        return file;
    }

    private static String pdfText(Path file) throws Exception {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String workbookText(Path file) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                sb.append("[sheet ").append(sheet.getSheetName()).append("]\n");
                sheet.forEach(row -> row.forEach(cell -> sb.append(cell.toString()).append('\t')));
            }
        }
        return sb.toString();
    }

    @Test
    void the_lead_turns_themes_into_actions_and_downloads_the_committee_pack_and_workbooks() throws Exception {
        Page page = browser.newPage();
        browser.signIn(page, "lead", PASSWORD);
        page.navigate(browser.url("findings"));
        page.locator("#findings-cycle").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(cycle())).first().click();
        assertThat(page.locator("#compliance-grid")).containsText("Audited");
        // the chosen cycle is complete: wait for its figures, so the box selects its themes, not the last cycle's
        assertThat(page.locator("#findings-progress")).hasText(java.util.regex.Pattern.compile(
                "Audits done: (\\d+) of \\1"));
        page.locator("#themes-grid #selectAllCheckbox").click(); // the header's select-all box: every theme
        page.locator("#create-actions").click();
        assertThat(page.locator("vaadin-notification-card").last())
                .containsText(java.util.regex.Pattern.compile("action\\(s\\) added|already have open actions"));
        browser.screenshot(page, "reports-01-findings");

        page.navigate(browser.url("action-plan"));
        assertThat(page.locator("#action-grid")).containsText("Issue identified");
        assertThat(page.locator("#action-grid")).containsText("findings in");
        browser.screenshot(page, "reports-02-action-plan");

        page.navigate(browser.url("reports/cycles"));
        chooseCycle(page);
        page.locator("#report-variant vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Full"))
                .first().click();
        Path pack = build(page, "committee-pack", 1);
        Path results = build(page, "results", 2);
        Path plan = build(page, "action-plan", 3);
        browser.screenshot(page, "reports-03-downloads");

        String packText = pdfText(pack);
        assertThat(packText).contains("OFFICIAL-SENSITIVE").contains(cycle()).contains("Page 1 of");
        String resultsText = workbookText(results);
        assertThat(resultsText).contains("[sheet Answers]").contains("[sheet Compliance]")
                .contains("[sheet Sample record]");
        String sampled = jdbc.queryForObject("""
                SELECT i.case_reference FROM sample_item i JOIN sample_record r ON r.id = i.sample_id
                JOIN audit_cycle c ON c.id = r.cycle_id WHERE c.name = ? AND i.kind = 'SAMPLE' LIMIT 1""",
                String.class, cycle());
        assertThat(resultsText).as("the full results workbook names the sampled cases").contains(sampled);
        assertThat(workbookText(plan)).contains("Issue identified").contains("Action taken by the service");
    }

    @Test
    void the_panel_gets_only_anonymised_files_and_is_refused_a_leads_page() throws Exception {
        Page page = browser.newPage();
        browser.signIn(page, "panel", PASSWORD);
        page.navigate(browser.url("reports/cycles"));
        chooseCycle(page);
        assertThat(page.locator("#report-variant")).hasAttribute("readonly", "");
        Path pack = build(page, "committee-pack", 1);
        Path results = build(page, "results", 2);
        // the action plan of one delivery group: the file name says the group
        page.locator("#report-group input").fill("Front Door");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Front Door Delivery Group"))
                .first().click();
        Path groupPlan = build(page, "action-plan", 3);
        assertThat(groupPlan.getFileName().toString()).contains("front-door-delivery-group").endsWith("-anonymised.xlsx");
        browser.screenshot(page, "reports-04-panel");

        String text = pdfText(pack) + "\n" + workbookText(results) + "\n" + workbookText(groupPlan);
        assertThat(text).contains("OFFICIAL-SENSITIVE");
        List<String> identifying = new ArrayList<>();
        identifying.addAll(jdbc.queryForList("SELECT case_reference FROM case_record", String.class));
        identifying.addAll(jdbc.queryForList("SELECT child_reference FROM case_record WHERE child_reference IS NOT NULL",
                String.class));
        identifying.addAll(jdbc.queryForList("SELECT full_name FROM app_user", String.class));
        List<String> found = identifying.stream().filter(s -> s != null && s.length() > 3 && text.contains(s))
                .distinct().collect(Collectors.toList());
        assertThat(found).as("identifying values in the panel's files").isEmpty();

        page.navigate(browser.url("audit-cycles"));
        assertThat(page.locator("#cycles-grid")).hasCount(0);
        page.navigate(browser.url("findings"));
        assertThat(page.locator("#compliance-grid")).hasCount(0);
    }
}
