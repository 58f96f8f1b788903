package org.caseaudit.findings;

/** Where an action is, as stored. "Overdue" is not a status: it is computed from the due date (see ActionRules). */
public enum ActionStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    COMPLETE("Complete");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
