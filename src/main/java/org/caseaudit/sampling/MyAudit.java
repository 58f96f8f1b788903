package org.caseaudit.sampling;

import java.time.LocalDate;

/** A case assigned to the current user, to audit or to moderate. */
public record MyAudit(long itemId, long cycleId, String cycleName, long caseId, String caseReference, String team,
                      Task task, LocalDate dueDate, CycleStatus cycleStatus) {

    public enum Task { AUDIT, MODERATION }
}
