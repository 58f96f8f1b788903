package org.caseaudit.multiagency;

/** Bad input or a step not allowed in the audit's stage; the message says what is wrong, for the user. */
public class MultiAgencyException extends RuntimeException {

    public MultiAgencyException(String message) {
        super(message);
    }
}
