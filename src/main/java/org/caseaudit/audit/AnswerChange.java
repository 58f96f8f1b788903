package org.caseaudit.audit;

import java.util.Objects;

/** What one autosave would store: blank text is no text, and a save that carries nothing new is not a change. */
record AnswerChange(String value, String evidenceNote, String fileReference, String overrideReason) {

    static AnswerChange of(AnswerInput input) {
        return new AnswerChange(blankToNull(input.value()), blankToNull(input.evidenceNote()),
                blankToNull(input.fileReference()), blankToNull(input.overrideReason()));
    }

    /** Whether storing this would change the answer as it stands. */
    boolean changes(AnswerState stored) {
        return !(Objects.equals(value, stored.value()) && Objects.equals(evidenceNote, stored.evidenceNote())
                && Objects.equals(fileReference, stored.fileReference())
                && Objects.equals(overrideReason, stored.overrideReason()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
