package org.caseaudit.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseaudit.audit.AuditFixtures.as;
import static org.caseaudit.audit.AuditFixtures.asRun;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.caseaudit.IntegrationTest;
import org.caseaudit.audit.AuditService;
import org.caseaudit.audit.AuditTestSupport;
import org.caseaudit.audit.Comparison;
import org.caseaudit.audit.ModerationService;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The moderation page as a moderator works through it. */
@IntegrationTest
@WithMockUser(username = "moderator", roles = {"MODERATOR", "AUDITOR"})
class ModerationViewTest extends SpringBrowserlessTest {

    @Autowired AuditService audits;
    @Autowired ModerationService moderation;
    @Autowired AuditTestSupport support;

    /** An audit answered "Yes" where nothing is proposed, moderated "Partly": both submitted. */
    private long moderatedPair() {
        long id = support.assign(support.newCycle(), "auditor", "moderator");
        support.answerAll(id, "auditor", "Yes", "Good", Roles.AUDITOR);
        asRun("auditor", () -> audits.submit(id), Roles.AUDITOR);
        long moderationId = audits.myAudits().stream()
                .filter(a -> a.moderatesAuditId() != null && a.moderatesAuditId() == id).findFirst().orElseThrow().id();
        support.answerAll(moderationId, "moderator", "Partly", "Requires improvement to be good", Roles.MODERATOR);
        asRun("moderator", () -> audits.submit(moderationId), Roles.MODERATOR);
        return id;
    }

    private void openModeration(long id) {
        UI.getCurrent().navigate(ModerationView.class, AuditWorkspaceView.params(id));
        assertThat(getCurrentView()).isInstanceOf(ModerationView.class);
    }

    private List<NativeTableRow> rows() {
        return $(NativeTable.class).id("comparison-table").getBody().getRows();
    }

    private Comparison comparison(long id) {
        return as("lead", () -> moderation.comparison(id), Roles.AUDIT_LEAD);
    }

    @Test
    void differences_come_first_and_the_filter_shows_only_them_with_both_answers_notes_and_the_whole_question() {
        long id = moderatedPair();
        Comparison c = comparison(id);
        long differences = c.disagreements();
        assertThat(differences).isPositive().isLessThan(c.rows().size());

        openModeration(id);

        assertThat($(Paragraph.class).id("moderation-summary").getText())
                .startsWith("Auditor: auditor (audit submitted) · Moderator: moderator (moderation submitted)")
                .doesNotContain("auditor: moderator");
        assertThat($(Paragraph.class).id("differences-left").getText())
                .isEqualTo(differences + " of " + c.rows().size() + " answers differ; " + differences
                        + " differences left to agree.");
        assertThat($(NativeTable.class).id("comparison-table").getHead().getRows().getFirst().getHeaderCells())
                .extracting(h -> h.getText()).containsExactly("Question", "Auditor's answer (auditor)",
                        "Moderator's answer (moderator)", "Agree or differ", "Final answer");
        Checkbox only = $(Checkbox.class).id("differences-only");
        assertThat(only.getValue()).isTrue();
        assertThat(rows()).hasSize((int) differences)
                .allSatisfy(r -> assertThat(r.getClassNames()).contains("differs"));

        test(only).click();

        assertThat(rows()).hasSize(c.rows().size());
        assertThat(rows().subList(0, (int) differences)).allSatisfy(r -> assertThat(r.getClassNames())
                .contains("differs"));
        assertThat(rows().subList((int) differences, c.rows().size()))
                .allSatisfy(r -> assertThat(r.getClassNames()).contains("agrees"));

        Comparison.Row differing = c.rows().stream().filter(r -> !r.agrees() && r.moderatorNote() != null
                && !r.questionId().equals(Comparison.OVERALL_GRADE)).findFirst().orElseThrow();
        String q = differing.questionId();
        assertThat($(Div.class).id("question-" + q).getText()).isEqualTo(differing.question());
        assertThat($(Div.class).id("auditor-" + q).getElement().getTextRecursively()).startsWith(
                differing.auditorValue());
        assertThat($(Div.class).id("moderator-" + q).getElement().getTextRecursively())
                .startsWith(differing.moderatorValue()).contains("Note: " + differing.moderatorNote());
        assertThat($(Span.class).id("agreement-" + q).getText()).isEqualTo("Differ");
        Comparison.Row grade = c.rows().stream().filter(r -> r.questionId().equals(Comparison.OVERALL_GRADE))
                .findFirst().orElseThrow();
        assertThat($(Div.class).id("auditor-" + Comparison.OVERALL_GRADE).getElement().getTextRecursively())
                .contains("Note: " + grade.auditorNote());
    }

    @Test
    @SuppressWarnings("unchecked")
    void each_difference_is_agreed_in_its_row_with_a_reason_and_the_count_goes_down_until_the_audit_is_moderated() {
        long id = moderatedPair();
        Comparison c = comparison(id);
        openModeration(id);
        List<Comparison.Row> differing = c.rows().stream().filter(r -> !r.agrees()).toList();
        Comparison.Row first = differing.getFirst();
        assertThat($(Button.class).id("complete-moderation").isEnabled()).isFalse();

        // no reason: refused, nothing agreed
        test($(Button.class).id("agree-" + first.questionId())).click();
        assertThat(comparison(id).differencesLeft()).isEqualTo(differing.size());

        for (Comparison.Row r : differing) {
            if (!r.scale().options().isEmpty()) {
                test((Select<String>) $(Select.class).id("agree-value-" + r.questionId())).selectItem(r.auditorValue());
            }
            test($(TextField.class).id("agree-reason-" + r.questionId())).setValue("Auditor's reading is evidenced");
            test($(Button.class).id("agree-" + r.questionId())).click();
        }

        assertThat($(Paragraph.class).id("differences-left").getText()).endsWith(
                "every difference has an agreed final answer.");
        assertThat($(Span.class).id("agreement-" + first.questionId()).getText()).isEqualTo("Differ; agreed");
        assertThat($(Div.class).id("agreed-" + first.questionId()).getText())
                .isEqualTo(first.auditorValue() + ": Auditor's reading is evidenced (moderator)");
        test($(Button.class).id("complete-moderation")).click();

        String page = getCurrentView().getElement().getTextRecursively();
        assertThat($(Paragraph.class).id("moderation-summary").getText()).contains("(audit moderated)");
        assertThat(page).doesNotContain("Audit submitted").doesNotContain("auditor: moderator");
        assertThat($(Button.class).withId("complete-moderation").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "lead", roles = "AUDIT_LEAD")
    void the_moderation_of_an_audit_nobody_has_started_says_so_and_compares_nothing() {
        long id = support.assign(support.newCycle(), "auditor", "moderator");

        openModeration(id);

        assertThat($(Paragraph.class).id("moderation-state").getText())
                .isEqualTo("The audit is not started by auditor yet; due 01/12/2026. The moderation is not started by"
                        + " moderator yet; due 01/12/2026. The answers are compared once both are submitted.");
        assertThat($(Paragraph.class).withId("differences-left").exists()).isFalse();
        assertThat(rows()).isNotEmpty().allSatisfy(r -> assertThat(r.getClassNames()).contains("agrees"));
        assertThat(rows().getFirst().getElement().getTextRecursively()).contains("Not compared yet")
                .contains("No answer");
    }
}
