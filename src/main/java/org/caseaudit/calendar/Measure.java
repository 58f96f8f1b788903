package org.caseaudit.calendar;

/** The statutory timescales measured per case. */
public enum Measure {
    REFERRAL_DECISION("Referral decision"),
    ICPC("Initial child protection conference"),
    CF_ASSESSMENT("Child and family assessment"),
    FIRST_CORE_GROUP("First core group"),
    FIRST_REVIEW_CONFERENCE("First review conference"),
    OUTCOME_TO_REFERRER("Outcome to referrer");

    private final String label;

    Measure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
