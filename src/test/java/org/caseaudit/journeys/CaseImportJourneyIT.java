package org.caseaudit.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caseaudit.cases.CaseExportWriter;
import org.caseaudit.cases.ExportShape;
import org.caseaudit.cases.SyntheticCaseGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An audit lead imports a Mosaic-shaped export in a real browser: upload, preview, commit, re-import, register. */
class CaseImportJourneyIT extends JourneyTestBase {

    Path file;

    @BeforeAll
    void start() throws Exception {
        file = Files.createTempDirectory("journey").resolve("mosaic-export.csv");
        CaseExportWriter.writeShape(new SyntheticCaseGenerator(77, java.time.LocalDate.now(clock), 6, "JR")
                .iterator(80), ExportShape.MOSAIC_LIKE, file);
    }

    private void chooseProfile(Page page, String name) {
        page.locator("#profile input").fill(name);
        page.locator("vaadin-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(name)).first().click();
        assertThat(page.locator("#profile input")).hasValue(name + " (built-in)");
    }

    @Test
    void audit_lead_previews_commits_and_reimports_an_export_then_opens_a_case() {
        Page page = browser.newPage();
        browser.signIn(page, "lead", PASSWORD);
        page.locator("#main-menu").getByText("Import cases").click();
        page.locator("#upload input[type='file']").setInputFiles(file);
        assertThat(page.locator("#file-name")).hasText("mosaic-export.csv");
        chooseProfile(page, "mosaic-like");
        page.locator("#source input").fill("journey");
        page.locator("#source input").press("Tab");

        page.locator("#preview").click();
        assertThat(page.locator("#result-summary")).containsText("ready to commit");
        assertThat(page.locator("#result-summary")).containsText("80 / 0 / 0 / 0");
        browser.screenshot(page, "cases-01-preview");

        page.locator("#commit").click();
        assertThat(page.locator("#result-summary")).containsText("Committed");
        assertThat(page.locator("#import-history")).containsText("mosaic-export.csv");
        browser.screenshot(page, "cases-02-committed");

        page.locator("#preview").click();
        assertThat(page.locator("#result-summary")).containsText("0 / 0 / 80 / 0");
        page.locator("#commit").click();
        assertThat(page.locator("#result-summary")).containsText("Committed");
        assertThat(page.locator("#result-summary")).containsText("0 / 0 / 80 / 0");

        page.locator("#main-menu").getByText("Case register").click();
        page.locator("#filter-reference input").fill("JR00000");
        assertThat(page.locator("#case-count")).hasText("80 cases");
        page.locator("#case-grid").getByText("JR0000001").click();
        assertThat(page.locator("#case-facts-title")).hasText("Case JR0000001");
        assertThat(page.locator("#case-timescales")).isVisible();
        browser.screenshot(page, "cases-03-register");
    }
}
