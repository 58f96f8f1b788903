package org.caseaudit.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseaudit.templates.AnswerScale;
import org.caseaudit.templates.QuestionDefinition;
import org.caseaudit.templates.SectionDefinition;
import org.caseaudit.templates.TemplateDefinition;
import org.caseaudit.templates.TemplateService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Journeys 2 to 4 in a real headless Chromium, one cycle from start to finish; the steps share the cycle and run in
 * order. The audit lead creates a cycle (blind moderation of every audit), draws, verifies and assigns the sample and
 * creates the audits; the auditor completes one, confirming a proposed answer, overriding another with a reason and
 * answering one section with the keyboard only, and submits; the moderator moderates blind and disagrees once; the
 * lead agrees the final answer and completes moderation; the auditor sees the outcome; the lead shares the audit with
 * a team manager, who replies. Every view visited is checked with axe-core. The test reads the template (question ids)
 * and the new cycle's id from the application, but every user action goes through the browser.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditJourneyIT extends JourneyTestBase {

    private static final java.time.format.DateTimeFormatter UK_DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The journey audits the month before the clock's month, due four weeks from today. */
    private java.time.YearMonth month() {
        return java.time.YearMonth.now(clock).minusMonths(1);
    }

    private String cycleName() {
        return "Journey cycle " + month().format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy",
                java.util.Locale.UK));
    }
    /** Answered with the keyboard only: four Yes / No / Not applicable questions, no proposals. */
    private static final String KEYBOARD_SECTION = "procedures-and-tools";
    /** The question the moderator answers differently from the auditor. */
    private static final String DISAGREED = "acknowledgement-to-referrer";
    private static final Pattern QUOTED = Pattern.compile("\u201c(.*)\u201d");

    @Autowired
    TemplateService templates;
    @Autowired
    JdbcTemplate jdbc;
    TemplateDefinition template;

    // shared between the ordered steps
    long cycleId;
    String auditorUser = "auditor";
    long caseId;
    long auditId;
    String caseReference;
    /** What the auditor answered, per question id. */
    final Map<String, String> auditorAnswers = new LinkedHashMap<>();
    String overridden;

    @BeforeAll
    void start() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("journey", null, "ROLE_AUDIT_LEAD"));
        try {
            template = templates.find("s47-enquiry", 1).orElseThrow();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    @Order(1)
    void the_lead_creates_a_cycle_draws_verifies_and_assigns_the_sample_and_creates_the_audits() {
        Page page = browser.newPage();
        browser.signIn(page, "lead", PASSWORD);
        page.locator("#main-menu").getByText("Audit cycles").click();
        assertThat(page.locator("#new-cycle")).isVisible();
        browser.screenshotAndCheck(page, "audit-01-cycles", "audit-cycles");

        page.locator("#new-cycle").click();
        page.locator("#cycle-name input").fill(cycleName());
        page.locator("#cycle-template input").fill("s47-enquiry v1");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("s47-enquiry v1"))
                .first().click();
        typeDate(page, "period-from", month().atDay(1).format(UK_DATE));
        typeDate(page, "period-to", month().atEndOfMonth().format(UK_DATE));
        typeDate(page, "due-date", java.time.LocalDate.now(clock).plusWeeks(4).format(UK_DATE));
        page.locator("#moderation-percent input").fill("100");
        // the new cycle comes filled in from the latest one (3 reserves in the demo): this journey draws 5
        page.locator("#design-reserves input").fill("5");
        assertThat(page.locator("#moderation-blind input")).isChecked();
        assertThat(page.locator("#design-percent input")).hasValue("10");
        assertThat(page.locator("#design-at-least input")).hasValue("10");
        page.locator("#preview-frame").click();
        assertThat(page.locator("#frame-size")).containsText("The frame holds");
        browser.screenshotAndCheck(page, "audit-02-cycle-editor", "audit-cycles#cycle-editor");

        page.locator("#save-cycle").click();
        assertThat(page.locator("#cycle-editor")).hasCount(0);
        assertThat(page.locator("#cycles-grid")).containsText(cycleName());
        assertThat(page.locator("#sample-record")).containsText("Moderation is blind");
        cycleId = jdbc.queryForObject("SELECT id FROM audit_cycle WHERE name = ?", Long.class, cycleName());

        page.locator("#draw-sample").click();
        assertThat(page.locator("#sample-record")).containsText(Pattern.compile("Drawn \\d+ \\+ 5 reserves"));
        List<String> drawn = page.locator("#items-grid vaadin-grid-cell-content").allInnerTexts();
        assertThat(drawn).anyMatch(text -> text.matches("[A-Z]+\\d+"));
        page.locator("#verify-sample").click();
        assertThat(page.locator("#verify-result")).containsText("Confirmed.");
        assertThat(page.locator("#verify-result")).containsText("cases in the same order");
        assertThat(page.locator("#verify-result")).containsText("the same draw");
        assertThat(page.locator("#items-grid vaadin-grid-cell-content").allInnerTexts()).isEqualTo(drawn);
        browser.screenshotAndCheck(page, "audit-03-sample-verified", "audit-cycles");

        page.locator("#assign-sample").click();
        // assigning creates the audits and moderations in the same step
        Locator assigned = page.locator("vaadin-notification-card")
                .filter(new Locator.FilterOptions().setHasText("Assigned "));
        assertThat(assigned).containsText(Pattern.compile("\\d+ audits and \\d+ moderations created"));
        assertThat(page.locator("#sample-record")).containsText("moderation 100%");
        assertThat(page.locator("#items-grid")).containsText("auditor");
        assertThat(page.locator("#items-grid")).containsText("moderator");
        browser.screenshotAndCheck(page, "audit-04-sample-assigned", "audit-cycles");

        page.locator("#main-menu").getByText("Audit results").click();
        chooseCycle(page);
        assertThat(page.locator("#cycle-audits-grid")).containsText("Moderation");
        // creating again for the same cycle makes nothing twice (the assignment's notice may still be showing)
        page.locator("#create-cycle-audits").click();
        assertThat(page.locator("vaadin-notification-card")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*0 audits and 0 moderations created"))))
                .isVisible();
        browser.screenshotAndCheck(page, "audit-05-results-created", "audit-results");
    }

    @Test
    @Order(2)
    void the_auditor_confirms_and_overrides_proposals_answers_a_section_by_keyboard_and_submits() {
        Page page = browser.newPage();
        // a demo auditor given a case of this cycle that the demo moderator moderates (other journeys in the same
        // JVM may have added auditors to the pool)
        auditorUser = jdbc.queryForObject("""
                SELECT a.auditor FROM case_audit a JOIN case_audit m ON m.moderates_audit_id = a.id
                WHERE a.cycle_id = ? AND a.kind = 'AUDIT' AND m.auditor = 'moderator'
                  AND a.auditor IN ('auditor', 'auditor2', 'auditor3') ORDER BY a.auditor, a.id LIMIT 1""",
                String.class, cycleId);
        caseId = jdbc.queryForObject("""
                SELECT a.case_id FROM case_audit a JOIN case_audit m ON m.moderates_audit_id = a.id
                WHERE a.cycle_id = ? AND a.kind = 'AUDIT' AND m.auditor = 'moderator' AND a.auditor = ?
                ORDER BY a.id LIMIT 1""", Long.class, cycleId, auditorUser);
        browser.signIn(page, auditorUser, PASSWORD);
        page.locator("#main-menu").getByText("My audits").click();
        assertThat(page.locator("#my-audits-grid")).isVisible();
        browser.screenshotAndCheck(page, "audit-06-my-audits", "my-audits");
        // the grid renders only the rows in view (the demo year fills it): follow the row's own link address
        page.navigate(browser.url("audit?cycle=" + cycleId + "&case=" + caseId + "&task=AUDIT"));

        assertThat(page.locator("#audit-title")).containsText("Audit: ");
        caseReference = page.locator("#audit-title").innerText().replace("Audit: ", "").strip();
        auditId = jdbc.queryForObject("SELECT id FROM case_audit WHERE cycle_id = ? AND case_id = ? AND kind = 'AUDIT'",
                Long.class, cycleId, caseId);
        assertThat(page.locator("#case-facts")).containsText(caseReference);
        browser.screenshotAndCheck(page, "audit-07-workspace", "audit");

        int confirmed = 0;
        for (SectionDefinition section : template.sections()) {
            if (section.id().equals(KEYBOARD_SECTION)) {
                answerByKeyboard(page, section);
                continue;
            }
            page.locator("#tab-" + section.id()).click();
            for (QuestionDefinition q : section.questions()) {
                if (q.scale().options().isEmpty()) {
                    continue;
                }
                String proposal = proposal(page, q);
                String value = proposal == null ? usual(q) : proposal;
                if (proposal != null && overridden == null) {
                    overridden = q.id();
                    value = q.scale().options().stream().filter(o -> !o.equals(proposal)).findFirst().orElseThrow();
                }
                answer(page, q, value, proposal, "Auditor");
                if (value.equals(proposal)) {
                    assertThat(page.locator("#derived-status-" + q.id())).hasText("Confirmed");
                    confirmed++;
                } else if (q.id().equals(overridden)) {
                    // the reason was typed and saved with the answer: the question says so (not "give a reason")
                    assertThat(page.locator("#derived-status-" + q.id())).hasText("Overridden, with the reason below");
                    browser.screenshot(page, "audit-08-override-with-reason");
                }
                auditorAnswers.put(q.id(), value);
            }
        }
        assertThat(overridden).as("a question with a proposed answer to override").isNotNull();
        assertThat(confirmed).as("proposed answers confirmed").isPositive();
        grade(page, "Auditor");
        browser.screenshotAndCheck(page, "audit-10-overall-grade", "audit");

        submit(page);
        assertThat(page.locator("#submit-audit")).hasCount(0);
        assertThat(page.locator("#audit-status")).containsText("Submitted");
        browser.screenshotAndCheck(page, "audit-11-submitted-read-only", "audit");
    }

    @Test
    @Order(3)
    void the_moderator_moderates_blind_and_disagrees_on_one_question() {
        Page page = browser.newPage();
        browser.signIn(page, "moderator", PASSWORD);
        page.locator("#main-menu").getByText("My audits").click();
        assertThat(page.locator("#my-audits-grid")).isVisible();
        page.navigate(browser.url("audit?cycle=" + cycleId + "&case=" + caseId + "&task=MODERATION"));
        assertThat(page.locator("#audit-title")).hasText("Moderation: " + caseReference);
        // blind: nothing of the auditor's is shown, and the comparison is refused until the moderator submits
        assertThat(page.locator("#audit-progress-text")).containsText("0 of ");
        assertThat(page.locator("#section-body vaadin-radio-group[has-value]")).hasCount(0);
        assertThat(page.locator("#open-moderation")).hasCount(0);
        browser.screenshotAndCheck(page, "audit-12-moderation-blind", "audit");

        for (SectionDefinition section : template.sections()) {
            page.locator("#tab-" + section.id()).click();
            for (QuestionDefinition q : section.questions()) {
                if (q.scale().options().isEmpty()) {
                    continue;
                }
                String value = q.id().equals(DISAGREED) ? "No" : auditorAnswers.get(q.id());
                answer(page, q, value, proposal(page, q), "Moderator");
            }
        }
        grade(page, "Moderator");
        submit(page);
        assertThat(page.locator("#open-moderation")).isVisible();
        browser.screenshotAndCheck(page, "audit-13-moderation-submitted", "audit");
    }

    @Test
    @Order(4)
    void the_lead_agrees_the_final_answer_and_completes_moderation_and_the_auditor_sees_the_outcome() {
        Page page = browser.newPage();
        browser.signIn(page, "lead", PASSWORD);
        page.locator("#main-menu").getByText("Audit results").click();
        chooseCycle(page);
        reveal(page, "#cycle-audits-grid", "#cycle-compare-" + auditId).click();
        assertThat(page.locator("#moderation-title")).hasText("Moderation of case " + caseReference);
        assertThat(page.locator("#moderation-summary")).containsText("blind moderation");
        assertThat(page.locator("#differences-left")).containsText("1 difference left to agree");
        assertThat(page.locator("#complete-moderation")).isDisabled();
        browser.screenshotAndCheck(page, "audit-14-comparison", "audit-moderation");

        // the difference is first, agreed in its own row with the reason
        assertThat(page.locator("#comparison-table tbody tr").first()).hasId("row-" + DISAGREED);
        assertThat(page.locator("#agree-value-" + DISAGREED)).containsText("No");
        page.locator("#agree-reason-" + DISAGREED + " input").fill("No acknowledgement letter is on file; the moderator is right");
        page.locator("#agree-" + DISAGREED).click();
        assertThat(page.locator("#comparison-table")).containsText("No acknowledgement letter is on file");
        assertThat(page.locator("#differences-left")).containsText("every difference has an agreed final answer");
        page.locator("#complete-moderation").click();
        assertThat(page.locator("#moderation-summary")).containsText("audit moderated");
        assertThat(page.locator(".moderation-agree-form")).hasCount(0);
        browser.screenshotAndCheck(page, "audit-15-moderation-complete", "audit-moderation");

        Page auditor = browser.newPage();
        browser.signIn(auditor, auditorUser, PASSWORD);
        auditor.navigate(browser.url("audit?cycle=" + cycleId + "&case=" + caseId + "&task=AUDIT"));
        assertThat(auditor.locator("#audit-status")).containsText("Moderated");
        auditor.locator("#open-moderation").click();
        assertThat(auditor.locator("#comparison-table")).containsText("No acknowledgement letter is on file");
        assertThat(auditor.locator(".moderation-agree-form")).hasCount(0);
        browser.screenshotAndCheck(auditor, "audit-16-auditor-sees-outcome", "audit-moderation");
    }

    @Test
    @Order(5)
    void the_lead_shares_the_audit_with_a_team_manager_who_replies() {
        Page page = browser.newPage();
        browser.signIn(page, "lead", PASSWORD);
        page.locator("#main-menu").getByText("Audit results").click();
        chooseCycle(page);
        reveal(page, "#cycle-audits-grid", "#cycle-share-" + auditId).click();
        assertThat(page.locator("#share-manager input")).hasValue(Pattern.compile("Nadia Clarke"));
        page.locator("#share-message textarea").fill("Please discuss the acknowledgement letters with your team.");
        browser.screenshotAndCheck(page, "audit-17-share-dialog", "audit-results#share");
        page.locator("#share-send").click();
        assertThat(page.locator("vaadin-notification-card")
                .filter(new Locator.FilterOptions().setHasText("Shared with Nadia Clarke"))).isVisible();

        Page manager = browser.newPage();
        browser.signIn(manager, "manager", PASSWORD);
        manager.locator("#main-menu").getByText("Audits shared with me").click();
        assertThat(manager.locator("#shared-audits-grid")).containsText(caseReference);
        browser.screenshotAndCheck(manager, "audit-18-shared-with-me", "shared-audits");
        manager.locator("#shared-open-" + auditId).click();
        assertThat(manager.locator("#feedback-summary")).isVisible();
        manager.locator("#feedback-reply-text textarea").fill("Discussed at the team meeting; letters now go out the same day.");
        manager.locator("#feedback-reply-send").click();
        assertThat(manager.locator("#feedback-replies")).containsText("letters now go out the same day");
        browser.screenshotAndCheck(manager, "audit-19-manager-replied", "audit-feedback");
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** The keyboard-only path through one section: Tab, Shift+Tab, arrow keys, Space; no clicks. */
    private void answerByKeyboard(Page page, SectionDefinition section) {
        // from the selected section tab, the arrow key moves to the next section's tab
        tabTo(page, "vaadin-tab[selected]", 80, true);
        page.keyboard().press("ArrowRight");
        page.keyboard().press("Space");
        assertThat(page.locator("#tab-" + section.id())).hasAttribute("selected", "");
        BrowserJourney.settle(page);

        List<QuestionDefinition> questions = section.questions();
        for (int i = 0; i < questions.size(); i++) {
            QuestionDefinition q = questions.get(i);
            tabTo(page, "#answer-" + q.id(), 12, false);
            if (i == 0) {
                assertFocusVisible(page);
                browser.screenshot(page, "audit-09-keyboard-focus");
            }
            String value;
            if (i == 1) {
                // arrow keys move to and choose the next option: "No", which needs an evidence note
                page.keyboard().press("ArrowDown");
                value = "No";
                tabTo(page, "#note-" + q.id(), 4, false);
                page.keyboard().type("Auditor: no completed risk checklist on file.");
                page.keyboard().press("Shift+Tab");
            } else {
                page.keyboard().press("Space");
                value = "Yes";
            }
            assertThat(page.locator("#answer-" + q.id() + " vaadin-radio-button[checked]")).hasText(value);
            auditorAnswers.put(q.id(), value);
        }
        page.waitForTimeout(1_800); // the note saves after 1.5 s without typing
        BrowserJourney.settle(page);
    }

    private static void assertFocusVisible(Page page) {
        Object ring = page.evaluate("""
                () => {
                  const input = document.activeElement;
                  const host = input && input.closest('vaadin-radio-button');
                  if (!host || !input.matches(':focus-visible')) return 'no keyboard focus on a radio button';
                  if (!host.hasAttribute('focus-ring')) return 'no focus-ring attribute';
                  const part = host.shadowRoot && host.shadowRoot.querySelector('[part~=radio]');
                  const style = getComputedStyle(part || host);
                  const shown = (style.boxShadow && style.boxShadow !== 'none')
                      || (style.outlineStyle && style.outlineStyle !== 'none' && style.outlineWidth !== '0px');
                  return shown ? 'OK' : 'no visible outline or ring: ' + style.boxShadow + ' / ' + style.outlineStyle;
                }""");
        assertThat(ring).as("the keyboard focus is visible").isEqualTo("OK");
    }

    /** Presses Tab (or Shift+Tab) until the focused element is inside an element matching the selector. */
    private static void tabTo(Page page, String selector, int maxPresses, boolean backwards) {
        List<String> visited = new ArrayList<>();
        for (int i = 0; i < maxPresses; i++) {
            page.keyboard().press(backwards ? "Shift+Tab" : "Tab");
            Object focused = page.evaluate("""
                    (selector) => {
                      let el = document.activeElement;
                      while (el && el.shadowRoot && el.shadowRoot.activeElement) { el = el.shadowRoot.activeElement; }
                      if (!el) return null;
                      let node = el;
                      while (node) {
                        if (node.nodeType === 1 && node.matches(selector)) return 'MATCH';
                        node = node.parentNode || node.host;
                      }
                      return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '');
                    }""", selector);
            if ("MATCH".equals(focused)) {
                return;
            }
            visited.add(String.valueOf(focused));
        }
        throw new AssertionError("The keyboard did not reach " + selector + " within " + maxPresses
                + " presses; focus went " + String.join(" -> ", visited));
    }

    /** Scrolls a grid with the mouse wheel until the row holding {@code target} is rendered. */
    private static Locator reveal(Page page, String grid, String target) {
        Locator found = page.locator(target);
        assertThat(page.locator(grid)).containsText("Moderation");
        BrowserJourney.settle(page);
        page.locator(grid).hover();
        for (int i = 0; i < 15 && found.count() == 0; i++) {
            page.mouse().wheel(0, 300);
            // the grid asks the server for the rows scrolled into view: wait for that round trip, not a fixed time
            BrowserJourney.settle(page);
        }
        return found;
    }

    /** Submits, naming what the workspace says is missing if it refuses. */
    private static void submit(Page page) {
        page.locator("#submit-audit").click();
        // submitting cannot be undone by the auditor: a confirmation is asked first
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit").setExact(true)).click();
        // count() first: innerText() of an element not there yet would wait its own 30 s and fail the condition
        page.waitForCondition(() -> page.locator("#read-only-banner").count() > 0
                || page.locator("#submit-missing").count() > 0 && !page.locator("#submit-missing").innerText().isBlank(),
                new Page.WaitForConditionOptions().setTimeout(30_000));
        assertThat(page.locator("#read-only-banner").count()).as("submitted; missing: %s",
                page.locator("#submit-missing").count() == 0 ? "" : page.locator("#submit-missing").innerText())
                .isEqualTo(1);
        assertThat(page.locator("#read-only-banner")).containsText("is read-only");
    }

    private void chooseCycle(Page page) {
        page.locator("#cycle-select").click();
        page.locator("vaadin-select-item[role='option']").filter(new Locator.FilterOptions().setHasText(cycleName())).click();
        assertThat(page.locator("#cycle-select")).containsText(cycleName());
    }

    private static void typeDate(Page page, String id, String date) {
        Locator input = page.locator("#" + id + " input");
        input.fill(date);
        input.press("Enter");
        assertThat(input).hasValue(date);
    }

    /** The proposed answer shown for a derived question, or null. */
    private static String proposal(Page page, QuestionDefinition q) {
        assertThat(page.locator("#question-" + q.id())).isVisible();
        Locator proposal = page.locator("#proposal-" + q.id());
        if (q.derivation() == null || proposal.count() == 0) {
            return null;
        }
        Matcher m = QUOTED.matcher(proposal.innerText());
        return m.find() ? m.group(1) : null;
    }

    private static String usual(QuestionDefinition q) {
        return q.scale() == AnswerScale.OFSTED_GRADE ? "Good" : "Yes";
    }

    /** Answers one question by clicking; a note where the answer needs one, a reason where it overrides a proposal. */
    private static void answer(Page page, QuestionDefinition q, String value, String proposal, String who) {
        if (value.equals(proposal)) {
            page.locator("#confirm-" + q.id()).click();
        } else {
            page.locator("#answer-" + q.id()).getByRole(AriaRole.RADIO,
                    new Locator.GetByRoleOptions().setName(value).setExact(true)).check();
        }
        boolean typed = false;
        if (proposal != null && !value.equals(proposal)) {
            page.locator("#override-reason-" + q.id() + " input")
                    .fill(who + ": the case record dates are wrong; the letter on file is dated earlier");
            typed = true;
        }
        if (q.evidenceRequiredWhenNonCompliant() && q.scale().nonCompliantOptions().contains(value)) {
            page.locator("#note-" + q.id() + " textarea").fill(who + ": seen on the file, see the case notes");
            typed = true;
        }
        assertThat(page.locator("#answer-" + q.id() + " vaadin-radio-button[checked]")).hasText(value);
        if (typed) {
            page.waitForTimeout(1_800); // typed text saves after 1.5 s without typing
        }
    }

    private static void grade(Page page, String who) {
        page.locator("#tab-overall").click();
        page.locator("#overall-grade").getByRole(AriaRole.RADIO,
                new Locator.GetByRoleOptions().setName("Good").setExact(true)).check();
        page.locator("#grade-rationale textarea").fill(who + ": timely and child-focused, recording gaps noted");
        page.locator("#strengths textarea").fill("The child was seen promptly and alone");
        page.waitForTimeout(1_800);
        BrowserJourney.settle(page);
    }
}
