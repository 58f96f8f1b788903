package org.caseaudit.calendar;

/** The one status a measure has for a case. */
public enum MeasureStatus {
    /** The event happened on or before the due date. */
    MET("Met"),
    /** The event happened after the due date. */
    MISSED("Missed"),
    /** No event yet and the due date has not passed. */
    PENDING("Pending"),
    /** No event and the due date has passed. */
    OVERDUE("Overdue"),
    /** The measure does not apply to this case (for example no ICPC after a no-further-action S47). */
    NOT_APPLICABLE("Not applicable"),
    /** A date needed to judge the measure is missing or the dates are out of order. */
    DATA_MISSING("Data missing");

    private final String label;

    MeasureStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
