package org.caseaudit.findings;

import java.time.LocalDate;

/**
 * What the audit lead enters for an action. Status here is not started or in progress; an action is completed with
 * {@link ActionPlanService#complete}, which asks for the evidence.
 */
public record ActionForm(String issue, String action, String ownerUsername, String ownerName, LocalDate dueDate,
        ActionStatus status) {
}
