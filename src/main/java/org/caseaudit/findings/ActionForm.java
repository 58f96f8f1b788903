package org.caseaudit.findings;

import java.time.LocalDate;

/**
 * What the audit lead enters for an action. Status here is not started or in progress; an action is completed with
 * {@link ActionPlanService#complete}, which asks for the evidence. {@code deliveryGroupId} (optional) names the
 * delivery group that owns the action, with or without a person.
 */
public record ActionForm(String issue, String action, String ownerUsername, String ownerName, LocalDate dueDate,
        ActionStatus status, Long deliveryGroupId) {

    /** An action owned by a person or a named role, with no delivery group. */
    public ActionForm(String issue, String action, String ownerUsername, String ownerName, LocalDate dueDate,
            ActionStatus status) {
        this(issue, action, ownerUsername, ownerName, dueDate, status, null);
    }
}
