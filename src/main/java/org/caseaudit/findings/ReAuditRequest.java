package org.caseaudit.findings;

import java.time.LocalDate;

/** The re-audit the audit lead launches (usually the proposal, perhaps changed): a null seed is generated. */
public record ReAuditRequest(LocalDate casesFrom, int sampleSize, Long seed, LocalDate dueDate) {
}
