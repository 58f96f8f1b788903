package org.caseaudit.cases;

public enum ImportStatus {
    /** Preview only: nothing written. */
    PREVIEWED,
    COMMITTED,
    /** Problems found: nothing written. */
    REJECTED,
    /** Cancelled by the user: nothing written. */
    CANCELLED,
    /** Unexpected failure: nothing written. */
    FAILED
}
