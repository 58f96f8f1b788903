package org.caseaudit.findings;

/**
 * One partly or non-compliant final answer: which audit and case, the question, the answer, the template's finding
 * text and suggested action, and the auditor's evidence note. Case data: for the audit lead and administrators.
 */
public record Finding(
        long auditId,
        long caseId,
        String caseReference,
        String templateId,
        String questionId,
        String section,
        String question,
        String theme,
        boolean keyMeasure,
        String answer,
        String findingText,
        String suggestedAction,
        String evidenceNote,
        boolean agreedAfterModeration) {
}
