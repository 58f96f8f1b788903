package org.caseaudit.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One submitted (or moderated, or closed) audit with its <b>final</b> answers: the answer agreed after moderation where
 * one was agreed, else the auditor's. Carries case data (reference, evidence notes, strengths): for the audit lead and
 * administrators only.
 */
public record FinalAudit(
        long auditId,
        long cycleId,
        long caseId,
        String caseReference,
        String templateId,
        int templateVersion,
        String auditor,
        AuditStatus status,
        Instant submittedAt,
        String overallGrade,
        String strengths,
        List<FinalAnswer> answers) {

    public FinalAudit {
        answers = List.copyOf(answers);
    }

    public Map<String, FinalAnswer> answersByQuestion() {
        return answers.stream().collect(Collectors.toMap(FinalAnswer::questionId, Function.identity()));
    }

    /**
     * A final answer. {@code evidenceNote} is the auditor's note; {@code agreedReason} is set when the value was agreed
     * after moderation (the value may then differ from the auditor's).
     */
    public record FinalAnswer(String questionId, String value, String evidenceNote, String agreedReason) {

        public boolean agreedAfterModeration() {
            return agreedReason != null;
        }
    }
}
