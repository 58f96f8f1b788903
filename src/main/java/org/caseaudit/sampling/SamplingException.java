package org.caseaudit.sampling;

/** A request the sampling rules refuse; {@code field} names the input at fault (may be null). */
public class SamplingException extends RuntimeException {

    private final String field;

    public SamplingException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
