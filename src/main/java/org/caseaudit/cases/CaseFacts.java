package org.caseaudit.cases;

import java.time.LocalDateTime;

/** A stored case: its id and source system, its facts, and when an import last changed it. */
public record CaseFacts(long id, String source, CaseData data, LocalDateTime updatedAt, long version) {
}
