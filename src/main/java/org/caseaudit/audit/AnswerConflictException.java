package org.caseaudit.audit;

/**
 * A save typed against an answer version that someone else has changed since. {@code current} is the answer as it now
 * stands (null when the clash was only found at commit; ask {@link AuditService#answer} for it), so the user can be
 * told plainly what changed and reload without losing what they typed.
 */
public class AnswerConflictException extends RuntimeException {

    private final transient AnswerState current;

    public AnswerConflictException(String questionId, AnswerState current) {
        super(current == null
                ? "Someone else saved this answer (" + questionId + ") at the same moment."
                : "This answer was changed by " + current.updatedBy() + " since you opened it.");
        this.current = current;
    }

    public AnswerState current() {
        return current;
    }
}
