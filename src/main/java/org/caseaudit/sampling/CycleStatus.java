package org.caseaudit.sampling;

/** Where an audit cycle is; it only moves forward. */
public enum CycleStatus {
    PLANNED("Planned"),
    SAMPLING("Sampling"),
    IN_PROGRESS("In progress"),
    MODERATION("Moderation"),
    COMPLETE("Complete");

    private final String label;

    CycleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
