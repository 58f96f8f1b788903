package org.caseaudit.audit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One audit in a list ("My audits", a cycle's audits): progress is answered questions of all questions.
 * {@code moderatesAuditId} is the audit a moderation moderates (null for an audit).
 */
public record AuditSummary(
        long id,
        long cycleId,
        long caseId,
        String caseReference,
        AuditKind kind,
        Long moderatesAuditId,
        String templateId,
        int templateVersion,
        String templateTitle,
        String auditor,
        LocalDate dueDate,
        AuditStatus status,
        int answered,
        int questions,
        Instant submittedAt) {

    public AuditSummary withStatus(AuditStatus newStatus) {
        return new AuditSummary(id, cycleId, caseId, caseReference, kind, moderatesAuditId, templateId, templateVersion,
                templateTitle, auditor, dueDate, newStatus, answered, questions, submittedAt);
    }

    public double progress() {
        return questions == 0 ? 0 : (double) answered / questions;
    }
}
