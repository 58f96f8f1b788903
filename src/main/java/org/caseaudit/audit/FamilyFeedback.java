package org.caseaudit.audit;

import java.time.Instant;

/**
 * One feedback link of an audit and, once used, the family's answers (null until then). {@code expired} is as of the
 * moment of reading. Shown to the audit's auditor and the audit lead only.
 */
public record FamilyFeedback(
        long linkId,
        long auditId,
        FeedbackRespondent respondent,
        String issuedBy,
        Instant issuedAt,
        Instant expiresAt,
        Instant answeredAt,
        boolean expired,
        FeedbackAnswer listenedTo,
        FeedbackAnswer understood,
        FeedbackAnswer madeDifference,
        String comments) {

    public boolean answered() {
        return answeredAt != null;
    }
}
