package org.caseaudit.audit;

import java.time.Instant;

/**
 * One question's answer as saved. {@code version} is the answer's optimistic-lock version: a save names the version
 * it was typed against. {@code derivedValue} and {@code derivedProvenance} are the proposal made from the case data
 * when the audit started ({@code derivation} null when the question has none).
 */
public record AnswerState(
        String questionId,
        String value,
        String evidenceNote,
        String fileReference,
        String derivation,
        String derivedValue,
        String derivedProvenance,
        String overrideReason,
        long version,
        String updatedBy,
        Instant updatedAt) {

    public boolean answered() {
        return value != null && !value.isBlank();
    }

    /** Answered with the proposed value. */
    public boolean confirmsDerived() {
        return derivedValue != null && derivedValue.equals(value);
    }

    /** Answered with something other than the proposed value: a reason is needed. */
    public boolean overridesDerived() {
        return derivedValue != null && answered() && !derivedValue.equals(value);
    }
}
