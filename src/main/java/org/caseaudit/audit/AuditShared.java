package org.caseaudit.audit;

/** Published when a finished audit is shared with a team manager for their reply. */
public record AuditShared(String teamManager, long auditId) {
}
