package org.caseaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseaudit.audit.AuditFixtures.as;
import static org.caseaudit.audit.AuditFixtures.asRun;

import java.util.List;
import org.caseaudit.IntegrationTest;
import org.caseaudit.security.Roles;
import org.caseaudit.templates.AnswerScale;
import org.caseaudit.templates.QuestionDefinition;
import org.caseaudit.templates.TemplateService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class FinalAnswerServiceTest {

    @Autowired AuditService audits;
    @Autowired ModerationService moderation;
    @Autowired FinalAnswerService finals;
    @Autowired TemplateService templates;
    @Autowired AuditTestSupport support;

    /** A Yes/No question of the S47 template with no derivation: answerAll gives it the "otherwise" answer. */
    private String plainQuestion() {
        return as("lead", () -> templates.find("s47-enquiry", 1), Roles.AUDIT_LEAD).orElseThrow().questions()
                .filter(q -> q.scale() == AnswerScale.YES_NO_NA && q.derivation() == null)
                .map(QuestionDefinition::id).findFirst().orElseThrow();
    }

    @Test
    void final_answers_are_the_moderation_agreed_ones_else_the_auditors_and_only_submitted_audits_count() {
        String question = plainQuestion();
        long cycle = support.newCycle();
        long moderated = support.assign(cycle, "auditor", "moderator");
        long plain = support.assign(cycle, "auditor2", null);
        support.assign(cycle, "auditor3", null); // never submitted: not counted
        support.answerAll(moderated, "auditor", "Yes", "Good", Roles.AUDITOR);
        asRun("auditor", () -> audits.submit(moderated), Roles.AUDITOR);
        support.answerAll(plain, "auditor2", "Yes", "Good", Roles.AUDITOR);
        asRun("auditor2", () -> audits.submit(plain), Roles.AUDITOR);
        long moderationId = as("moderator", () -> audits.myAudits(), Roles.MODERATOR).stream()
                .filter(a -> a.moderatesAuditId() != null && a.moderatesAuditId() == moderated).findFirst()
                .orElseThrow().id();
        support.answerAll(moderationId, "moderator", "No", "Good", Roles.MODERATOR);
        asRun("moderator", () -> audits.submit(moderationId), Roles.MODERATOR);
        for (Comparison.Row row : as("lead", () -> moderation.comparison(moderated), Roles.AUDIT_LEAD).rows()) {
            if (!row.agrees()) {
                as("lead", () -> moderation.agree(moderated, row.questionId(), row.moderatorValue(), "Per moderator"),
                        Roles.AUDIT_LEAD);
            }
        }

        List<FinalAudit> result = as("lead", () -> finals.finalAudits(cycle), Roles.AUDIT_LEAD);
        assertThat(result).extracting(FinalAudit::auditId).containsExactly(moderated, plain);
        FinalAudit.FinalAnswer agreed = result.get(0).answersByQuestion().get(question);
        assertThat(agreed.value()).isEqualTo("No");
        assertThat(agreed.agreedAfterModeration()).isTrue();
        assertThat(agreed.evidenceNote()).isNull(); // the auditor's note: the auditor answered Yes
        FinalAudit.FinalAnswer own = result.get(1).answersByQuestion().get(question);
        assertThat(own.value()).isEqualTo("Yes");
        assertThat(own.agreedAfterModeration()).isFalse();

        List<FinalValues> values = as("panel", () -> finals.finalValues(cycle), Roles.PANEL_VIEWER);
        assertThat(values).extracting(v -> v.values().get(question)).containsExactly("No", "Yes");
        assertThat(as("panel", () -> finals.progress(cycle), Roles.PANEL_VIEWER))
                .isEqualTo(new CycleProgress(cycle, 3, 2));
        assertThatThrownBy(() -> as("panel", () -> finals.finalAudits(cycle), Roles.PANEL_VIEWER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("auditor", () -> finals.finalValues(cycle), Roles.AUDITOR))
                .isInstanceOf(AccessDeniedException.class);
    }
}
