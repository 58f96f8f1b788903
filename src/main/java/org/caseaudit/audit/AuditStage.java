package org.caseaudit.audit;

/** Where an audit stands now and its version: the workspace learns from it that a first answer started the audit. */
public record AuditStage(AuditStatus status, long version) {
}
