package org.caseaudit.audit;

/** Who a family feedback link is for. */
public enum FeedbackRespondent {
    PARENT("Parent or carer"),
    YOUNG_PERSON("Young person");

    private final String label;

    FeedbackRespondent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
