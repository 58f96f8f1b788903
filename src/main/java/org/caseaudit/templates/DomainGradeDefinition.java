package org.caseaudit.templates;

/**
 * A graded domain: a section (e.g. the child's lived experience) the auditor grades on Ofsted's four points as well as
 * giving the overall grade. The grade is answered as the section's last question, {@code questionId}, on the
 * {@link AnswerScale#OFSTED_GRADE} scale, so it is saved, moderated and kept in the answer history like any answer.
 */
public record DomainGradeDefinition(String questionId, String text) {

    public AnswerScale scale() {
        return AnswerScale.OFSTED_GRADE;
    }
}
