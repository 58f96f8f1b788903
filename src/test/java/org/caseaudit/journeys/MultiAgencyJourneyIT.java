package org.caseaudit.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.caseaudit.audit.AuditFixtures.as;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.caseaudit.multiagency.AgencyKind;
import org.caseaudit.multiagency.AgencyReturn;
import org.caseaudit.multiagency.AuditSummary;
import org.caseaudit.multiagency.Child;
import org.caseaudit.multiagency.Grade;
import org.caseaudit.multiagency.MultiAgencyFixture;
import org.caseaudit.multiagency.MultiAgencyService;
import org.caseaudit.multiagency.PanelDomain;
import org.caseaudit.multiagency.ReturnStatus;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.council.CurrentCouncil;
import org.caseaudit.shared.ui.Formats;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 26 in a real Chromium on the demo data: the audit lead sets up a themed multi-agency audit of four children
 * with the four demo agencies; each agency's co-ordinator signs in, sees only their own agency's four returns and
 * completes and submits Child A's on their agency's form (the other three children's returns are submitted through
 * the service as that co-ordinator, the same form's answers again); the lead moves the audit to the panel, grades each
 * child on one domain with a different grade each (the other domains recorded through the service as the lead) and
 * sends an immediate concern to health, whose co-ordinator acknowledges it; the lead then downloads the board report
 * and the 7-minute briefing, which are read back with PDFBox: no child reference, case reference or date of birth in
 * them. Screenshots at 1366 and 390 px: target/screenshots/multi-agency-*.png.
 */
class MultiAgencyJourneyIT extends JourneyTestBase {

    private static final String THEME = "Child exploitation";
    private static final String[] COORDINATORS = {"police", "health", "school", "childrens"};

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MultiAgencyService audits;
    @Autowired
    MultiAgencyFixture fixture;
    Path downloads;

    @BeforeAll
    void start() throws Exception {
        downloads = Files.createDirectories(BrowserJourney.SCREENSHOTS.resolveSibling("journey-downloads"));
    }

    private Page page(String user) {
        Page page = browser.newPage();
        page.setViewportSize(1366, 900);
        browser.signIn(page, user, PASSWORD);
        return page;
    }

    private static void choose(Page page, String selectId, String label) {
        // the open list's option (hidden lists of the other selects are left out); exact, as "Good" is in
        // "Requires improvement to be good". A click that lands while a notification slides away may not open the
        // list: open it again, up to three times.
        Locator option = page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(label).setExact(true))
                .first();
        for (int attempt = 1; ; attempt++) {
            page.locator("#" + selectId).scrollIntoViewIfNeeded();
            page.locator("#" + selectId).click();
            try {
                option.click(new Locator.ClickOptions().setTimeout(10_000));
                return;
            } catch (com.microsoft.playwright.TimeoutError notOpen) {
                if (attempt == 3) {
                    throw notOpen;
                }
                page.keyboard().press("Escape");
            }
        }
    }

    private static void comboBox(Page page, String id, String text) {
        page.locator("#" + id + " input").fill(text);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(text)).first().click();
    }

    private static void date(Page page, String id, LocalDate day) {
        Locator input = page.locator("#" + id + " input");
        input.fill(Formats.date(day));
        input.press("Enter");
    }

    private static void selectAudit(Page page) {
        page.locator("#ma-audits vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(THEME))
                .first().click();
        assertThat(page.locator("#ma-returns")).isVisible();
    }

    private static void notified(Page page, String text) {
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(text))
                .first()).isVisible();
    }

    private Path download(Page page, String id) {
        Download d = page.waitForDownload(() -> page.locator("#" + id).click());
        Path file = downloads.resolve(d.suggestedFilename());
        d.saveAs(file);
        return file;
    }

    /**
     * Submits, as {@code coordinator}, their agency's returns of every child but Child A with the answers the form
     * would send (the fixture's: the first option of each scale, a note where it needs one, text elsewhere); returns
     * the agency's kind.
     */
    private AgencyKind submitOthersThanChildA(String coordinator, long auditId) {
        List<AgencyReturn> mine = as(coordinator, () -> audits.returns(auditId), Roles.AGENCY_COORDINATOR);
        assertThat(mine).as("%s's returns", coordinator).hasSize(4);
        AgencyKind kind = mine.getFirst().agency().kind();
        Map<String, String> answers = fixture.completeAnswers(kind, "");
        for (AgencyReturn r : mine) {
            if (!r.child().label().equals("Child A")) {
                as(coordinator, () -> audits.submitReturn(r.id(), r.version(), answers), Roles.AGENCY_COORDINATOR);
            }
        }
        return kind;
    }

    private static String pdfText(Path file) throws Exception {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void four_agencies_return_the_panel_grades_and_raises_a_concern_and_the_board_papers_carry_no_identifiers()
            throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        List<String> references = jdbc.queryForList("""
                SELECT case_reference FROM case_record WHERE council_id = ? AND child_reference IS NOT NULL
                AND child_reference <> '' ORDER BY id DESC LIMIT 4""", String.class,
                CurrentCouncil.INSTALLATION_COUNCIL); // the lead's council's
        assertThat(references).hasSize(4);
        List<LocalDate> births = List.of(LocalDate.of(2012, 3, 14), LocalDate.of(2013, 7, 2), LocalDate.of(2010, 11, 23),
                LocalDate.of(2014, 1, 9));

        // 1. the lead sets up the audit: theme, deadlines, the four agencies, four children
        Page lead = page("lead");
        lead.navigate(browser.url("multi-agency"));
        lead.locator("#ma-new").click();
        lead.locator("#ma-theme input").fill(THEME);
        date(lead, "ma-returns-due", today.plusDays(14));
        date(lead, "ma-panel-date", today.plusDays(21));
        Locator agencies = lead.locator("#ma-agencies vaadin-checkbox");
        assertThat(agencies).hasCount(4);
        for (int i = 0; i < 4; i++) {
            agencies.nth(i).click();
        }
        StringBuilder cohort = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            cohort.append(references.get(i)).append(", ").append(Formats.date(births.get(i))).append('\n');
        }
        lead.locator("#ma-children textarea").fill(cohort.toString());
        browser.screenshot(lead, "multi-agency-01-set-up");
        lead.locator("#ma-create").click();
        notified(lead, "Audit set up");
        selectAudit(lead);
        assertThat(lead.locator("#ma-returns [id^='ma-open-return-']:visible")).hasCount(16);
        browser.screenshot(lead, "multi-agency-02-lead-1366");

        // 2. each agency's co-ordinator completes and submits Child A's return on their agency's form, seeing only
        // their own agency's four; the same form for the other three children is submitted through the service as
        // that co-ordinator (what the form's submit calls), so that all 16 are in before the panel
        long auditId = as("lead", () -> audits.audits(), Roles.AUDIT_LEAD).stream()
                .filter(a -> a.theme().equals(THEME)).mapToLong(AuditSummary::id).max().orElseThrow();
        for (String coordinator : COORDINATORS) {
            AgencyKind kind = submitOthersThanChildA(coordinator, auditId);
            Page page = page(coordinator);
            page.navigate(browser.url("multi-agency"));
            selectAudit(page);
            assertThat(page.locator("#ma-returns [id^='ma-open-return-']:visible")).hasCount(4);
            assertThat(page.locator("#ma-returns vaadin-button:visible").filter(new Locator.FilterOptions()
                    .setHasText("Complete"))).hasCount(1);
            page.locator("#ma-returns vaadin-button:visible").filter(new Locator.FilterOptions().setHasText("Complete"))
                    .first().click();
            Locator groups = page.locator("vaadin-radio-group[id^='ma-q-']");
            groups.first().waitFor();
            for (int g = 0; g < groups.count(); g++) {
                groups.nth(g).locator("vaadin-radio-button").first().click();
            }
            Locator texts = page.locator("vaadin-text-area[id^='ma-q-']:not([id$='-note']) textarea");
            for (int t = 0; t < texts.count(); t++) {
                texts.nth(t).fill("Seen monthly by the agency; recorded by role, not by name.");
            }
            if (coordinator.equals("police")) {
                browser.screenshot(page, "multi-agency-03-return-1366");
            }
            page.locator("#ma-return-submit").click();
            notified(page, "Return submitted");
            assertThat(page.locator("#ma-return-submit")).hasCount(0);
            assertThat(as(coordinator, () -> audits.returns(auditId), Roles.AGENCY_COORDINATOR).stream()
                    .filter(r -> r.child().label().equals("Child A")).findFirst().orElseThrow().status())
                    .as("%s's return for Child A, submitted through the form", kind)
                    .isEqualTo(ReturnStatus.SUBMITTED);
            assertThat(page.locator("#ma-returns vaadin-button:visible").filter(new Locator.FilterOptions()
                    .setHasText("Complete"))).hasCount(0);
            if (coordinator.equals("police")) {
                page.setViewportSize(390, 844);
                browser.screenshot(page, "multi-agency-04-coordinator-390");
            }
            page.context().close();
        }

        // 3. the lead starts the panel; the panel grades each child on one domain in the browser, every grade once
        // (the child's other five domains recorded through the service as the lead, what the form's button calls),
        // and raises a concern
        lead.reload();
        selectAudit(lead);
        assertThat(lead.locator("#ma-audits")).containsText("16 of 16");
        lead.locator("#ma-start-panel").click();
        notified(lead, "The panel stage has started");
        PanelDomain[] domains = PanelDomain.values();
        Grade[] grades = {Grade.GOOD, Grade.REQUIRES_IMPROVEMENT, Grade.OUTSTANDING, Grade.INADEQUATE};
        // in the browser: Child A Recognition, B Assessment, C Planning and intervention, D Joint working
        List<Child> children = as("lead", () -> audits.children(auditId), Roles.AUDIT_LEAD);
        for (int child = 0; child < 4; child++) {
            long childId = children.get(child).id();
            Grade grade = grades[child];
            for (int d = 0; d < domains.length; d++) {
                if (d != child) {
                    PanelDomain domain = domains[d];
                    as("lead", () -> audits.recordConclusion(auditId, childId, domain, grade, "The panel read all four"
                            + " returns side by side for " + domain.label().toLowerCase() + "."), Roles.AUDIT_LEAD);
                }
            }
        }
        lead.navigate(browser.url("multi-agency/panel"));
        comboBox(lead, "ma-panel-audit", THEME);
        for (int child = 0; child < 4; child++) {
            String label = "Child " + (char) ('A' + child);
            assertThat(children.get(child).label()).isEqualTo(label);
            comboBox(lead, "ma-panel-child", label);
            assertThat(lead.locator(".ma-return-card")).hasCount(4);
            String domain = domains[child].label();
            choose(lead, "ma-domain", domain);
            choose(lead, "ma-grade", grades[child].label());
            lead.locator("#ma-rationale textarea").fill("The panel read all four returns side by side for "
                    + domain.toLowerCase() + ".");
            lead.locator("#ma-record-conclusion").click();
            notified(lead, "Conclusion recorded");
            assertThat(lead.locator("#ma-conclusions")).containsText(domain);
            assertThat(lead.locator("#ma-conclusions")).containsText("Impact on the child");
            long childId = children.get(child).id();
            assertThat(as("lead", () -> audits.panelChild(auditId, childId),
                    Roles.AUDIT_LEAD).conclusions()).as("%s's conclusions, one per domain", label)
                    .hasSize(domains.length);
            if (child == 3) {
                choose(lead, "ma-concern-agency", "Northshire Community Health NHS Trust");
                date(lead, "ma-concern-due", today.plusDays(7));
                lead.locator("#ma-concern-text textarea").fill("Missed health appointments were not followed up: "
                        + "confirm the child has been seen and tell the lead professional.");
                lead.locator("#ma-raise-concern").click();
                notified(lead, "Concern sent");
                browser.screenshot(lead, "multi-agency-05-panel-1366");
            }
        }
        lead.setViewportSize(390, 844);
        browser.screenshot(lead, "multi-agency-06-panel-390");
        lead.setViewportSize(1366, 900);

        // 4. health's co-ordinator acknowledges the concern
        Page health = page("health");
        health.navigate(browser.url("multi-agency"));
        selectAudit(health);
        health.locator("#ma-concerns [id^='ma-ack-']").first().click();
        health.locator("#ma-ack-response textarea").fill("Health visitor saw the child at home this week; checks "
                + "booked and the social worker told.");
        health.locator("#ma-ack-save").click();
        notified(health, "Acknowledged");
        assertThat(health.locator("#ma-concerns")).containsText("Acknowledged: Health visitor");
        browser.screenshot(health, "multi-agency-07-acknowledged-1366");
        health.context().close();

        // 5. the lead completes the audit and downloads the board report and the briefing
        lead.navigate(browser.url("multi-agency"));
        selectAudit(lead);
        lead.locator("#ma-complete").click();
        notified(lead, "The audit is completed");
        lead.navigate(browser.url("reports/multi-agency"));
        comboBox(lead, "ma-report-audit", THEME);
        Path board = download(lead, "ma-board-report");
        Path briefing = download(lead, "ma-briefing");
        browser.screenshot(lead, "multi-agency-08-reports-1366");

        String boardText = pdfText(board);
        String briefingText = pdfText(briefing);
        assertThat(boardText).contains("OFFICIAL-SENSITIVE").contains(THEME).contains("Joint working")
                .contains("Northshire Community Health NHS Trust").contains("4 of 4");
        assertThat(briefingText).contains("1. Background").contains("7. Questions to reflect on");
        try (PDDocument doc = Loader.loadPDF(briefing.toFile())) {
            assertThat(doc.getNumberOfPages()).as("the briefing is one page").isEqualTo(1);
        }
        List<String> identifying = new ArrayList<>(references);
        for (String reference : references) {
            identifying.addAll(jdbc.queryForList("SELECT child_reference FROM case_record WHERE case_reference = ?",
                    String.class, reference));
        }
        births.forEach(b -> identifying.add(Formats.date(b)));
        String both = boardText + "\n" + briefingText;
        assertThat(identifying.stream().filter(both::contains).toList())
                .as("child identifiers in the board report or briefing").isEmpty();
        assertThat(both).doesNotContain("Missed health appointments").doesNotContain("Health visitor saw");
    }
}
