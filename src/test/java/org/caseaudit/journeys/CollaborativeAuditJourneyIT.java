package org.caseaudit.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.caseaudit.audit.PracticeFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A collaborative audit in Chromium: the auditor grades the child's experience (a domain grade) and the audit, turns
 * collaborative mode on in the meeting, records the practitioner and their manager as present, the practitioner's
 * reflection and their agreement with the grade, and creates a feedback link for the parent; the parent answers on
 * the public page without signing in, which shows nothing about the case and works once. At 1366 and 390 px.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CollaborativeAuditJourneyIT extends JourneyTestBase {

    @Autowired
    PracticeFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    long auditId;
    String caseReference;
    String feedbackLink;

    @BeforeAll
    void seed() {
        auditId = fixtures.audit(fixtures.cycle("Collaborative journey"), "auditor");
        caseReference = jdbc.queryForObject("SELECT case_reference FROM case_audit WHERE id = ?", String.class, auditId);
    }

    @Test
    @Order(1)
    void the_auditor_grades_the_childs_experience_and_records_the_practitioners_reflection_and_agreement() {
        Page page = browser.newPage();
        page.setViewportSize(1366, 900);
        browser.signIn(page, "auditor", PASSWORD);
        page.navigate(browser.url("audit?id=" + auditId));
        page.locator("#tab-child-lived-experience").click();
        assertThat(page.locator("#domain-grade-child-experience-grade")).isVisible();
        page.locator("#answer-child-experience-grade").getByRole(AriaRole.RADIO,
                new Locator.GetByRoleOptions().setName("Good").setExact(true)).check();
        assertThat(page.locator("#answer-child-experience-grade vaadin-radio-button[checked]")).hasText("Good");
        page.locator("#tab-overall").click();
        page.locator("#overall-grade").getByRole(AriaRole.RADIO,
                new Locator.GetByRoleOptions().setName("Good").setExact(true)).check();
        page.locator("#grade-rationale textarea").fill("Child seen alone; voice recorded and used");
        page.waitForTimeout(1_800); // typed text saves after 1.5 s without typing
        BrowserJourney.settle(page);

        page.locator("#open-collaboration").click();
        assertThat(page.locator("#collab-off")).isVisible();
        page.locator("#collab-audit-mode").click();
        page.locator("#collab-practitioner input").fill("Sam Worker");
        page.locator("#collab-practitioner-role input").fill("Social worker");
        page.locator("#collab-manager input").fill("Terry Manager");
        page.locator("#collab-manager-role input").fill("Team manager");
        page.locator("#collab-went-well textarea").fill("I saw the child alone at school and wrote down her words");
        page.locator("#collab-do-differently textarea").fill("Ask the school sooner");
        page.locator("#collab-feedback textarea").fill("Thank you: a clear picture of the child's day");
        page.locator("#collab-save").click();
        assertThat(page.locator("#collab-domain-grades")).containsText("lived experience: Good");
        page.locator("#collab-agreement-choice").getByRole(AriaRole.RADIO,
                new Locator.GetByRoleOptions().setName("Agrees with the grade").setExact(true)).check();
        page.locator("#collab-agreement-save").click();
        assertThat(page.locator("#collab-agreement-now")).containsText("Agrees with the grade (Good)");
        assertThat(page.locator("#collab-went-well textarea")).hasValue(
                "I saw the child alone at school and wrote down her words");

        page.locator("#collab-family-create").click();
        assertThat(page.locator("#collab-family-link input")).hasValue(java.util.regex.Pattern.compile(
                "/family-feedback/[A-Za-z0-9_-]{43}$"));
        feedbackLink = page.locator("#collab-family-link input").inputValue();
        assertThat(page.locator("#collab-family-list")).containsText("waiting");
        browser.screenshotAndCheck(page, "collab-01-collaborative-audit-1366", "audit-collaboration");

        page.setViewportSize(390, 844);
        browser.screenshotAndCheck(page, "collab-02-collaborative-audit-390", "audit-collaboration");
        assertThat(jdbc.queryForObject("SELECT agreement FROM audit_collaboration WHERE case_audit_id = ?",
                String.class, auditId)).isEqualTo("AGREES");
    }

    @Test
    @Order(2)
    void the_parent_answers_once_on_the_public_page_which_shows_nothing_about_the_case() {
        Page page = browser.newPage(); // a new browser context: not signed in
        page.setViewportSize(390, 844);
        page.navigate(feedbackLink);
        assertThat(page.locator("#family-feedback-listened")).isVisible();
        assertThat(page.content()).doesNotContain(caseReference).doesNotContain("Sam Worker")
                .doesNotContain("Aisha").doesNotContain("S47");
        browser.screenshotAndCheck(page, "collab-03-family-feedback-390", "family-feedback");
        page.locator("#family-feedback-listened").getByRole(AriaRole.RADIO,
                new Locator.GetByRoleOptions().setName("Yes").setExact(true)).check();
        page.locator("#family-feedback-understood").getByRole(AriaRole.RADIO,
                new Locator.GetByRoleOptions().setName("Mostly").setExact(true)).check();
        page.locator("#family-feedback-difference").getByRole(AriaRole.RADIO,
                new Locator.GetByRoleOptions().setName("Yes").setExact(true)).check();
        page.locator("#family-feedback-comments textarea").fill("She listened to my daughter");
        page.locator("#family-feedback-send").click();
        assertThat(page.locator("#family-feedback-message")).containsText("Thank you");

        page.setViewportSize(1366, 900);
        page.navigate(feedbackLink);
        assertThat(page.locator("#family-feedback-message")).containsText("cannot be used");
        browser.screenshotAndCheck(page, "collab-04-family-feedback-used-1366", "family-feedback");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM family_feedback_answer WHERE case_audit_id = ?",
                Integer.class, auditId)).isEqualTo(1);
    }
}
