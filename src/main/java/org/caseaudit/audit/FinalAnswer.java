package org.caseaudit.audit;

/**
 * The one rule for a question's final answer, used by committee figures ({@link FinalAnswerService}), the moderation
 * comparison ({@link Comparison.Row#finalValue()}) and the team's feedback ({@link FeedbackService}): where an answer
 * was agreed at moderation (with its reason), the agreed answer, even when the agreed answer is "none"; otherwise the
 * auditor's. An agreement counts from the moment it is recorded, before the moderation is marked complete.
 */
public final class FinalAnswer {

    private FinalAnswer() {
    }

    /**
     * @param auditorValue the auditor's answer (null: not answered)
     * @param agreed whether an answer was agreed at moderation for this question
     * @param agreedValue the agreed answer (null: agreed that there is no answer)
     */
    public static String of(String auditorValue, boolean agreed, String agreedValue) {
        return agreed ? agreedValue : auditorValue;
    }

    /** The final answer given the agreement recorded for the question (null: none recorded). */
    static String of(String auditorValue, org.caseaudit.audit.internal.AgreedAnswerEntity agreed) {
        return of(auditorValue, agreed != null, agreed == null ? null : agreed.getValue());
    }

    /** Whether moderation changed the auditor's answer. */
    public static boolean changed(String auditorValue, boolean agreed, String agreedValue) {
        return agreed && !java.util.Objects.equals(auditorValue, agreedValue);
    }
}
