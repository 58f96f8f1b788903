package org.caseaudit.calendar;

/**
 * A change to the holiday table was refused; nothing was written. {@code field} names the input at fault
 * ("date", "title", "file", "version") so a form can show the message beside it.
 */
public class CalendarChangeException extends RuntimeException {

    private final String field;

    public CalendarChangeException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
