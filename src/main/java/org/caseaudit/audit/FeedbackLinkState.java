package org.caseaudit.audit;

/**
 * What the public feedback page may show for a token: the form ({@code OPEN}); one kind message for an unknown,
 * expired or used token alike ({@code UNAVAILABLE}, so a token cannot be probed); or "try later" when the caller's
 * address has made too many attempts ({@code TOO_MANY_ATTEMPTS}). {@code ACCEPTED}: answers saved.
 */
public enum FeedbackLinkState {
    OPEN,
    ACCEPTED,
    UNAVAILABLE,
    TOO_MANY_ATTEMPTS
}
