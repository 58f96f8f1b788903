package org.caseaudit.multiagency;

import java.util.Arrays;

/** Ofsted's four grades, written as Ofsted writes them. */
public enum Grade {
    OUTSTANDING("Outstanding"),
    GOOD("Good"),
    REQUIRES_IMPROVEMENT("Requires improvement to be good"),
    INADEQUATE("Inadequate");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Grade ofLabel(String label) {
        return Arrays.stream(values()).filter(g -> g.label.equals(label)).findFirst()
                .orElseThrow(() -> new MultiAgencyException("Unknown grade: " + label));
    }
}
