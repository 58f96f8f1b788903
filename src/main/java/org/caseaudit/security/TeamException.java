package org.caseaudit.security;

import org.caseaudit.shared.InputException;

/** A team change refused, naming the field at fault ({@code name}, {@code aliases}, {@code managers}). */
public class TeamException extends InputException {

    public TeamException(String field, String message) {
        super(field, message);
    }
}
