package org.caseaudit.audit;

import org.caseaudit.templates.AnswerScale;

/**
 * One graded domain of one audit (or moderation): {@code domainId} is the grade's id in the template (e.g.
 * {@code child-experience-grade}, {@code impact-grade}; the same id across templates means the same domain),
 * {@code domainTitle} its section's title, {@code grade} one of Ofsted's four grades as written (the labels of
 * {@link AnswerScale#OFSTED_GRADE}) or null when not given, {@code agreedGrade} the grade agreed after moderation
 * (null when none was recorded). {@code auditor} is the auditor's user name (not the practitioner: practitioners are
 * never in these rows).
 */
public record DomainGrade(
        long auditId,
        long cycleId,
        AuditKind kind,
        Long moderatesAuditId,
        AuditStatus status,
        String templateId,
        int templateVersion,
        String domainId,
        String domainTitle,
        String grade,
        String rationale,
        String agreedGrade,
        String auditor) {

    /** 1 = Outstanding ... 4 = Inadequate; 0 when not graded. */
    public int rank() {
        return rankOf(grade);
    }

    /** The grade that counts: the one agreed after moderation, else the auditor's. */
    public String finalGrade() {
        return agreedGrade != null ? agreedGrade : grade;
    }

    public static int rankOf(String grade) {
        return grade == null ? 0 : AnswerScale.OFSTED_GRADE.options().indexOf(grade.strip()) + 1;
    }
}
