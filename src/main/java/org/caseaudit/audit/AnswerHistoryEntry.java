package org.caseaudit.audit;

import java.time.Instant;

/**
 * One committed version of one answer: its number ({@code version}, 0 when created, one more per change), who made
 * it and when (no one for the empty answer created with the audit), and the answer as it then stood.
 */
public record AnswerHistoryEntry(long version, Instant at, String by, String change, String value,
        String evidenceNote, String fileReference, String overrideReason) {
}
