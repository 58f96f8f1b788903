package org.caseaudit.multiagency;

import org.springframework.security.access.AccessDeniedException;

/**
 * A multi-agency audit, return or concern the caller may not open, whether it does not exist or belongs to another
 * agency: one message for both, naming no child and no agency.
 */
public class MultiAgencyUnavailableException extends AccessDeniedException {

    public static final String MESSAGE = "This multi-agency audit item does not exist or is not open to your agency.";

    MultiAgencyUnavailableException() {
        super(MESSAGE);
    }
}
