package org.caseaudit.templates;

import java.util.List;

/**
 * A checklist question. {@code id} is stable across versions of its template, so answers can be compared over time.
 * Optional fields ({@code guidance}, {@code derivation}, {@code theme}, {@code findingText}, {@code suggestedAction},
 * {@code sourceQuestion}) are null when absent. {@code sourceQuestion} ("template-id/question-id") names the question
 * a re-audit question re-checks.
 */
public record QuestionDefinition(
        String id,
        String text,
        String guidance,
        List<String> references,
        AnswerScale scale,
        boolean evidenceRequiredWhenNonCompliant,
        boolean keyMeasure,
        Derivation derivation,
        String theme,
        String findingText,
        String suggestedAction,
        String sourceQuestion) {

    public QuestionDefinition {
        references = List.copyOf(references);
    }
}
