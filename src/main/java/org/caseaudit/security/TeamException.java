package org.caseaudit.security;

/** A team change refused, naming the field at fault ({@code name}, {@code aliases}, {@code managers}). */
public class TeamException extends RuntimeException {

    private final String field;

    public TeamException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
