package org.caseaudit.templates;

/** The closing quality judgement on the Ofsted scale; a rationale is asked for when {@code rationaleRequired}. */
public record OverallGradeDefinition(String text, String guidance, boolean rationaleRequired) {

    public AnswerScale scale() {
        return AnswerScale.OFSTED_GRADE;
    }
}
