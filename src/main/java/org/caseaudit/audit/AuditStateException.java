package org.caseaudit.audit;

/** A change the audit's state does not allow (e.g. answering a submitted audit), with a message for the user. */
public class AuditStateException extends RuntimeException {

    public AuditStateException(String message) {
        super(message);
    }
}
