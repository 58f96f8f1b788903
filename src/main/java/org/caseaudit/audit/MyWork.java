package org.caseaudit.audit;

import java.time.LocalDate;

/**
 * One piece of the signed-in user's work: an audit or moderation assigned to them, from the sample (with the case's
 * team) or directly (an independent member's qualitative audit: no team), with the audit's status and progress once
 * the audit lead has created it ({@code auditId} and {@code status} null before).
 */
public record MyWork(long cycleId, String cycleName, long caseId, String caseReference, String team, AuditKind task,
                     LocalDate dueDate, Long auditId, AuditStatus status, int answered, int questions) {

    /** Still to do: not created yet, not started or in progress. */
    public boolean toDo() {
        return status == null || status == AuditStatus.NOT_STARTED || status == AuditStatus.IN_PROGRESS;
    }

    public String statusLabel() {
        return status == null ? "Awaiting the audit lead" : status.label();
    }

    public String progressLabel() {
        return status == null ? "" : answered + " of " + questions;
    }
}
