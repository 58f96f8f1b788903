package org.caseaudit.audit;

import org.springframework.security.access.AccessDeniedException;

/**
 * An audit the caller may not open, whether it does not exist or belongs to someone else: one message for both, with
 * no id or case reference in it.
 */
public class AuditUnavailableException extends AccessDeniedException {

    public static final String MESSAGE = "This audit does not exist or is not open to you. Choose one from your list.";

    AuditUnavailableException() {
        super(MESSAGE);
    }
}
