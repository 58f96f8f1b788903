package org.caseaudit.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseaudit.audit.AuditFixtures.as;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.InternalServerError;
import org.caseaudit.IntegrationTest;
import org.caseaudit.audit.AuditService;
import org.caseaudit.audit.AuditStatus;
import org.caseaudit.audit.AuditTestSupport;
import org.caseaudit.reports.PdfReports;
import org.caseaudit.security.Roles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * An audit nobody has started opens for everyone who may read it: read-only with the proposals for those who may not
 * start it, editable for its auditor, and opening it writes no answer row and leaves it not started.
 */
@IntegrationTest
class UnstartedAuditViewTest extends SpringBrowserlessTest {

    private static final int CONTACT_SECTION = 0;
    private static final int CONDUCT_SECTION = 3;
    private static final String DUE = "01/12/2026";

    @Autowired AuditService audits;
    @Autowired AuditTestSupport support;
    @Autowired JdbcTemplate jdbc;
    @Autowired PdfReports reports;

    private int answerRows(long auditId) {
        return jdbc.queryForObject("select count(*) from audit_answer where case_audit_id = ?", Integer.class, auditId);
    }

    private AuditStatus status(long auditId) {
        return as("lead", () -> audits.stage(auditId), Roles.AUDIT_LEAD).status();
    }

    private void openWorkspace(long id) {
        UI.getCurrent().navigate(AuditWorkspaceView.class, AuditWorkspaceView.params(id));
        assertThat(getCurrentView()).isInstanceOf(AuditWorkspaceView.class).isNotInstanceOf(InternalServerError.class);
    }

    private void section(int index) {
        test($(Tabs.class).id("section-tabs")).select(index);
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<String> answer(String questionId) {
        return $(RadioButtonGroup.class).id("answer-" + questionId);
    }

    /** What a reader who may not start the audit sees: facts, questions, proposals, the state; nothing written. */
    private void opensReadOnlyAndWritesNothing() {
        long id = support.assign(support.newCycle(), "auditor", null);

        openWorkspace(id);

        assertThat($(H2.class).id("audit-title").getText()).startsWith("Audit: S47-");
        assertThat($(Paragraph.class).id("not-started-banner").getText())
                .startsWith("Not started by auditor yet; due " + DUE);
        assertThat($(Paragraph.class).id("read-only-banner").getText()).contains("Read-only");
        assertThat($(Span.class).id("audit-status").getText()).contains("status Not started").contains(
                "auditor: auditor");
        assertThat($(Span.class).id("fact-icpcDate").getText()).isEqualTo("26/03/2026");
        assertThat($(Button.class).withId("submit-audit").exists()).isFalse();
        section(CONDUCT_SECTION);
        assertThat($(Span.class).id("proposal-icpc-within-15-days").getText())
                .isEqualTo("Proposed from the case data: \u201cNo\u201d");
        assertThat($(Button.class).withId("confirm-icpc-within-15-days").exists()).as("no confirming").isFalse();
        assertThat(answer("icpc-within-15-days").isReadOnly()).isTrue();
        section(CONTACT_SECTION);
        test($(Button.class).id("history-response-timely")).click();
        assertThat($(Paragraph.class).id("history-summary").getText()).startsWith("Not started yet");

        assertThat(answerRows(id)).isZero();
        assertThat(status(id)).isEqualTo(AuditStatus.NOT_STARTED);
    }

    @Test
    @WithMockUser(username = "lead", roles = "AUDIT_LEAD")
    void the_audit_lead_reads_a_not_started_audit_without_starting_it() {
        opensReadOnlyAndWritesNothing();
    }

    @Test
    @WithMockUser(username = "lead", roles = "AUDIT_LEAD")
    void the_feedback_page_and_the_case_audit_report_of_a_not_started_audit_say_so_and_write_nothing() throws Exception {
        long id = support.assign(support.newCycle(), "auditor", null);

        UI.getCurrent().navigate(AuditFeedbackView.class, AuditWorkspaceView.params(id));
        assertThat($(Paragraph.class).id("feedback-refused").getText()).isEqualTo("Not started by auditor yet; due "
                + DUE + ". Its feedback is shown once the audit is submitted.");

        byte[] pdf = reports.caseAuditReport(id);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Not started by auditor yet; due " + DUE)
                .contains("Not answered yet; the case record proposes \u201cNo\u201d");
        // the auditor may print their own audit before starting it, too
        assertThat(as("auditor", () -> reports.caseAuditReport(id), Roles.AUDITOR)).isNotEmpty();
        assertThat(answerRows(id)).isZero();
        assertThat(status(id)).isEqualTo(AuditStatus.NOT_STARTED);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_administrator_reads_a_not_started_audit_without_starting_it() {
        opensReadOnlyAndWritesNothing();
    }

    @Test
    @WithMockUser(username = "moderator", roles = "MODERATOR")
    void a_moderator_opens_their_moderation_before_starting_it_and_the_blind_comparison_is_refused_plainly() {
        long auditId = support.assign(support.newCycle(), "auditor", "moderator");
        long moderationId = audits.myAudits().stream()
                .filter(a -> a.moderatesAuditId() != null && a.moderatesAuditId() == auditId).findFirst().orElseThrow()
                .id();

        openWorkspace(moderationId);

        assertThat($(H2.class).id("audit-title").getText()).startsWith("Moderation: S47-");
        assertThat($(Span.class).id("audit-status").getText()).contains("moderator: moderator")
                .doesNotContain("auditor:");
        assertThat($(Paragraph.class).id("not-started-banner").getText()).startsWith("Not started yet; due " + DUE);
        assertThat(answerRows(moderationId)).isZero();
        assertThat(status(moderationId)).isEqualTo(AuditStatus.NOT_STARTED);

        UI.getCurrent().navigate(ModerationView.class, AuditWorkspaceView.params(auditId));
        assertThat($(Paragraph.class).id("moderation-refused").getText()).contains("blind");
        // nor may a moderator read the audit they moderate in the workspace
        openWorkspace(auditId);
        assertThat($(Paragraph.class).id("audit-refused").getText()).isNotBlank();
        assertThat(answerRows(auditId)).isZero();
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void the_auditors_first_answer_starts_the_audit_not_the_opening() {
        long id = support.assign(support.newCycle(), "auditor", null);

        openWorkspace(id);

        assertThat($(Paragraph.class).id("not-started-banner").getText()).startsWith("Not started yet; due " + DUE)
                .contains("first answer");
        assertThat($(Paragraph.class).withId("read-only-banner").exists()).isFalse();
        assertThat($(Button.class).id("submit-audit").isEnabled()).isTrue();
        assertThat(answerRows(id)).isZero();
        assertThat(status(id)).isEqualTo(AuditStatus.NOT_STARTED);
        section(CONTACT_SECTION);
        assertThat(answer("response-timely").isReadOnly()).isFalse();

        test(answer("response-timely")).selectItem("Yes");

        assertThat(status(id)).isEqualTo(AuditStatus.IN_PROGRESS);
        assertThat(answerRows(id)).isEqualTo((int) as("auditor", () -> audits.open(id), Roles.AUDITOR).template()
                .questions().count());
        assertThat($(Span.class).id("audit-status").getText()).contains("status In progress");
        assertThat($(Paragraph.class).withId("not-started-banner").exists()).isFalse();
        // the grade saves against the audit's version after the start (no false "changed elsewhere")
        test($(Tabs.class).id("section-tabs")).select($(Tabs.class).id("section-tabs").getComponentCount() - 1);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> grade = $(RadioButtonGroup.class).id("overall-grade");
        test(grade).selectItem("Good");
        assertThat($(Span.class).id("grade-saved").getText()).isEqualTo("Saved");
        assertThat(as("auditor", () -> audits.open(id), Roles.AUDITOR).grade()).isEqualTo("Good");
    }
}
