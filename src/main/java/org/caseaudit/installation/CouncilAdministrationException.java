package org.caseaudit.installation;

import org.caseaudit.shared.InputException;

/** A council administration request that cannot be done, naming the field at fault. */
public class CouncilAdministrationException extends InputException {

    public CouncilAdministrationException(String field, String message) {
        super(field, message);
    }
}
