package org.caseaudit.audit;

/**
 * The family's answers on the feedback form: felt listened to, understood what was happening and why, things are
 * better for the child; {@code comments} optional (at most {@link FamilyFeedbackService#COMMENTS} characters).
 */
public record FamilyFeedbackInput(FeedbackAnswer listenedTo, FeedbackAnswer understood, FeedbackAnswer madeDifference,
                                  String comments) {
}
