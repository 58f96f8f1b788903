package org.caseaudit.audit;

/**
 * One autosave of one question: the whole of what the auditor has typed for it, and the answer version it was typed
 * against (from {@link AnswerState#version()}). Blank strings are stored as empty (null).
 */
public record AnswerInput(String questionId, String value, String evidenceNote, String fileReference,
        String overrideReason, long expectedVersion) {
}
