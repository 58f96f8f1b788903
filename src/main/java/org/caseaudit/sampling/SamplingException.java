package org.caseaudit.sampling;

import org.caseaudit.shared.InputException;

/** A request the sampling rules refuse; {@code field} names the input at fault (may be null). */
public class SamplingException extends InputException {

    public SamplingException(String field, String message) {
        super(field, message);
    }
}
