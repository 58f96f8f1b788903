package org.caseaudit.security;

import java.time.Instant;

/** One line of the audit trail. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String targetType, String targetId,
                         String detail, String remoteAddress, String outcome) {
}
