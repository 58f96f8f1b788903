package org.caseaudit.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseaudit.audit.AuditFixtures.as;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.caseaudit.IntegrationTest;
import org.caseaudit.audit.AuditService;
import org.caseaudit.audit.FamilyFeedbackService;
import org.caseaudit.audit.FeedbackRespondent;
import org.caseaudit.audit.PracticeFixtures;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** The public feedback page: no sign-in, nothing about the case, one use, one kind message for a link that fails. */
@IntegrationTest
@WithAnonymousUser
class FamilyFeedbackViewTest extends SpringBrowserlessTest {

    @Autowired PracticeFixtures fixtures;
    @Autowired FamilyFeedbackService feedback;
    @Autowired AuditService audits;

    private String page() {
        return UI.getCurrent().getElement().getOuterHTML() + UI.getCurrent().getElement().getTextRecursively();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_parent_answers_without_signing_in_and_the_page_shows_nothing_about_the_case() {
        long audit = fixtures.audit(fixtures.cycle("Feedback page"), "auditor");
        String token = as("auditor", () -> feedback.issue(audit, FeedbackRespondent.PARENT), Roles.AUDITOR).path()
                .substring(FamilyFeedbackService.ROUTE.length() + 1);
        var summary = as("lead", () -> audits.open(audit), Roles.AUDIT_LEAD).summary();

        navigate(FamilyFeedbackView.class, token);

        assertThat(page()).doesNotContain(summary.caseReference()).doesNotContain(String.valueOf(summary.caseId()))
                .doesNotContain("Aisha").doesNotContain("auditor").doesNotContain("S47").doesNotContain("North");
        test($(RadioButtonGroup.class).id("family-feedback-listened")).selectItem("Yes");
        test($(RadioButtonGroup.class).id("family-feedback-understood")).selectItem("Mostly");
        test($(RadioButtonGroup.class).id("family-feedback-difference")).selectItem("Not really");
        test($(TextArea.class).id("family-feedback-comments")).setValue("Thank you");
        test($(Button.class).id("family-feedback-send")).click();
        assertThat($(Paragraph.class).id("family-feedback-message").getText()).isEqualTo(FamilyFeedbackView.THANKS);

        navigate(FamilyFeedbackView.class, token);
        assertThat($(Paragraph.class).id("family-feedback-message").getText())
                .isEqualTo(FamilyFeedbackView.UNAVAILABLE);
        assertThat($(Button.class).all()).isEmpty();
    }

    @Test
    void an_unknown_link_gets_the_same_kind_message_as_a_used_one() {
        navigate(FamilyFeedbackView.class, "C".repeat(43));

        assertThat($(Paragraph.class).id("family-feedback-message").getText())
                .isEqualTo(FamilyFeedbackView.UNAVAILABLE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void sending_with_a_question_unanswered_names_the_problem_and_keeps_the_form() {
        long audit = fixtures.audit(fixtures.cycle("Feedback page incomplete"), "auditor");
        String token = as("auditor", () -> feedback.issue(audit, FeedbackRespondent.YOUNG_PERSON), Roles.AUDITOR)
                .path().substring(FamilyFeedbackService.ROUTE.length() + 1);
        navigate(FamilyFeedbackView.class, token);

        test($(RadioButtonGroup.class).id("family-feedback-listened")).selectItem("Yes");
        test($(Button.class).id("family-feedback-send")).click();

        assertThat($(Paragraph.class).id("family-feedback-problems").getText()).contains("Understood");
        assertThat($(Button.class).id("family-feedback-send")).isNotNull();
    }
}
