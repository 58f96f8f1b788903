package org.caseaudit.shared;

/**
 * A request refused because of what was entered; nothing was written. {@code field} names the input at fault (may be
 * null) so a form can show the message beside it. Each module refuses with a subclass of its own.
 */
public abstract class InputException extends RuntimeException {

    private final String field;

    protected InputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
