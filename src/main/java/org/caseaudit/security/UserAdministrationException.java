package org.caseaudit.security;

/** A refused user-administration request, naming the field at fault (or null) and a message for the user. */
public class UserAdministrationException extends RuntimeException {

    private final String field;

    public UserAdministrationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
