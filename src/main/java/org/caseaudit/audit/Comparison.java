package org.caseaudit.audit;

import java.util.List;
import org.caseaudit.templates.AnswerScale;

/**
 * An audit and its moderation side by side, with the agreed final answers. The overall grade is the last row
 * ({@link #OVERALL_GRADE}). {@code canAgree} says whether the current user may agree final answers now.
 */
public record Comparison(
        long auditId,
        long moderationId,
        String caseReference,
        String auditor,
        String moderator,
        AuditStatus auditStatus,
        AuditStatus moderationStatus,
        java.time.LocalDate dueDate,
        boolean blind,
        List<Row> rows,
        boolean canAgree,
        boolean canComplete) {

    public static final String OVERALL_GRADE = "overall-grade";

    public Comparison {
        rows = List.copyOf(rows);
    }

    public long disagreements() {
        return rows.stream().filter(r -> !r.agrees()).count();
    }

    /** Differences that still need a final answer agreed with a reason. */
    public long differencesLeft() {
        return rows.stream().filter(r -> !r.settled()).count();
    }

    /** Whether both the audit and its moderation are submitted, so their answers can be compared at all. */
    public boolean bothSubmitted() {
        return submitted(auditStatus) && submitted(moderationStatus);
    }

    private static boolean submitted(AuditStatus s) {
        return s == AuditStatus.SUBMITTED || s == AuditStatus.MODERATED || s == AuditStatus.CLOSED;
    }

    public record Row(
            String questionId,
            String section,
            String question,
            AnswerScale scale,
            String auditorValue,
            String auditorNote,
            String moderatorValue,
            String moderatorNote,
            String agreedValue,
            String agreedReason,
            String agreedBy) {

        public boolean agrees() {
            return java.util.Objects.equals(auditorValue, moderatorValue);
        }

        public boolean settled() {
            return agrees() || agreedReason != null;
        }

        /** The final answer: agreed after moderation, else the auditor's. */
        public String finalValue() {
            return FinalAnswer.of(auditorValue, agreedReason != null, agreedValue);
        }
    }
}
