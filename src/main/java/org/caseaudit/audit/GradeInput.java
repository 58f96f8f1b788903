package org.caseaudit.audit;

/**
 * The overall quality judgement (one of Ofsted's four grades, as the templates module's {@code
 * AnswerScale.OFSTED_GRADE} writes them), its rationale and the strengths seen, kept apart from the compliance answers.
 * {@code expectedVersion} is the audit's version the form was filled against.
 */
public record GradeInput(String grade, String rationale, String strengths, long expectedVersion) {
}
