package org.caseaudit.findings;

/** An action-plan request refused, with a message for the user. */
public class ActionPlanException extends RuntimeException {

    public ActionPlanException(String message) {
        super(message);
    }
}
