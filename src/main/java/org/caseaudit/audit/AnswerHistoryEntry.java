package org.caseaudit.audit;

import java.time.Instant;

/** One committed change of one answer (Envers revision): who, when, and the answer after it. */
public record AnswerHistoryEntry(long revision, Instant at, String by, String change, String value,
        String evidenceNote, String fileReference, String overrideReason) {
}
