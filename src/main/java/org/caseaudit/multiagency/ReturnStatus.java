package org.caseaudit.multiagency;

public enum ReturnStatus {
    NOT_STARTED("Not started"),
    DRAFT("Draft"),
    SUBMITTED("Submitted");

    private final String label;

    ReturnStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
