package org.caseaudit.audit;

import java.time.Instant;
import java.util.List;

/**
 * A finished audit as fed back to the case's team: the final answer to every question (the agreed answer where the
 * audit was moderated), the auditor's notes, the overall grade, the moderation outcome, and the replies.
 * {@code mayReply} is true for a team manager it is shared with.
 */
public record AuditFeedback(
        long auditId,
        String caseReference,
        String templateTitle,
        String auditor,
        AuditStatus status,
        String overallGrade,
        String gradeRationale,
        String strengths,
        List<Item> items,
        List<Share> shares,
        List<Reply> replies,
        boolean mayReply) {

    public AuditFeedback {
        items = List.copyOf(items);
        shares = List.copyOf(shares);
        replies = List.copyOf(replies);
    }

    /**
     * One question: {@code answer} is final; {@code auditorAnswer} differs from it only where moderation changed it,
     * with the {@code agreedReason}. {@code finding} marks a non-compliant final answer.
     */
    public record Item(String section, String questionId, String question, String answer, String auditorAnswer,
                       String evidenceNote, String agreedReason, boolean finding) {

        public boolean changedByModeration() {
            return agreedReason != null;
        }
    }

    public record Share(String teamManager, String sharedBy, Instant sharedAt, String message) {
    }

    public record Reply(String author, Instant writtenAt, String text) {
    }

    public long findings() {
        return items.stream().filter(Item::finding).count();
    }
}
