package org.caseaudit.audit;

import java.time.Instant;

/** An audit shared with the current team manager, for their list. */
public record SharedAudit(long auditId, String caseReference, String templateTitle, AuditStatus status,
                          String overallGrade, String sharedBy, Instant sharedAt, String message, long replies) {
}
