package org.caseaudit.audit;

/**
 * Family feedback of one cycle: links {@code sent}, {@code answered}, and {@code expired} unanswered (as of the
 * moment of reading). No names, no case references.
 */
public record FeedbackResponseRate(long cycleId, int sent, int answered, int expired) {

    /** Answered of sent, 0 to 1; 0 when none was sent. */
    public double rate() {
        return sent == 0 ? 0 : (double) answered / sent;
    }
}
