package org.caseaudit.audit;

/** An answer on the family feedback form's short scale. */
public enum FeedbackAnswer {
    YES("Yes"),
    MOSTLY("Mostly"),
    NOT_REALLY("Not really"),
    NO("No");

    private final String label;

    FeedbackAnswer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
