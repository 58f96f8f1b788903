package org.caseaudit.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caseaudit.templates.TemplateDefinition;

/**
 * An audit as the workspace shows it: the template, the answers, the overall grade, the case facts, and what the
 * current user may do. {@code version} is the audit's version (for the grade form).
 */
public record AuditDetails(
        AuditSummary summary,
        TemplateDefinition template,
        List<AnswerState> answers,
        String grade,
        String gradeRationale,
        String strengths,
        long version,
        String reopenedBy,
        String reopenReason,
        CaseFactsView caseFacts,
        boolean editable,
        boolean canReopen) {

    public AuditDetails {
        answers = List.copyOf(answers);
    }

    public Map<String, AnswerState> answersByQuestion() {
        return answers.stream().collect(Collectors.toMap(AnswerState::questionId, Function.identity()));
    }

    public long id() {
        return summary.id();
    }

    public AuditStatus status() {
        return summary.status();
    }

    public Instant submittedAt() {
        return summary.submittedAt();
    }
}
