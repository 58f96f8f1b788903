package org.caseaudit.audit;

/** The practitioner's view of the overall grade in a collaborative audit: agrees, or disagrees with a reason. */
public enum GradeAgreement {
    AGREES("Agrees with the grade"),
    DISAGREES("Disagrees with the grade");

    private final String label;

    GradeAgreement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
