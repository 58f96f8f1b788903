package org.caseaudit.audit;

/** Where a case audit is in its life. */
public enum AuditStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    SUBMITTED("Submitted"),
    MODERATED("Moderated"),
    CLOSED("Closed");

    private final String label;

    AuditStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
