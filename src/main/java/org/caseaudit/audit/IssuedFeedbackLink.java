package org.caseaudit.audit;

import java.time.Instant;

/**
 * A new family feedback link: {@code path} (e.g. {@code family-feedback/<token>}) holds the token, shown once to the
 * auditor to copy and send; only the token's hash is stored.
 */
public record IssuedFeedbackLink(long linkId, long auditId, FeedbackRespondent respondent, String path,
                                 Instant expiresAt) {
}
