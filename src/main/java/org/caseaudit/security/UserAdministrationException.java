package org.caseaudit.security;

import org.caseaudit.shared.InputException;

/** A refused user-administration request, naming the field at fault (or null) and a message for the user. */
public class UserAdministrationException extends InputException {

    public UserAdministrationException(String field, String message) {
        super(field, message);
    }
}
