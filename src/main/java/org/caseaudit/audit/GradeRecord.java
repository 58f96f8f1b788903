package org.caseaudit.audit;

/**
 * One submitted audit's overall grade beside its moderation outcome, for the grading-honesty figures. {@code team} is
 * the team of the audited case (from the sample), {@code moderationGrade} the grade agreed at moderation where one was
 * agreed, else the moderator's own grade; null when the audit was not moderated (or its moderation is not submitted).
 * Names the auditor and the case: for the audit lead and administrators only ({@link GradingService}).
 */
public record GradeRecord(long auditId, long cycleId, String caseReference, String team, String auditor,
                          String auditorGrade, String moderationGrade) {

    /** Whether a moderation outcome stands beside the auditor's grade (both graded). */
    public boolean compared() {
        return auditorGrade != null && moderationGrade != null;
    }
}
