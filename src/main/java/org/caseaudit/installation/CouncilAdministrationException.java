package org.caseaudit.installation;

/** A council administration request that cannot be done, naming the field at fault. */
public class CouncilAdministrationException extends RuntimeException {

    private final String field;

    public CouncilAdministrationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
