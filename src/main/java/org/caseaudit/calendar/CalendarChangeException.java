package org.caseaudit.calendar;

import org.caseaudit.shared.InputException;

/**
 * A change to the holiday table was refused; nothing was written. {@code field} names the input at fault
 * ("date", "title", "file", "version") so a form can show the message beside it.
 */
public class CalendarChangeException extends InputException {

    public CalendarChangeException(String field, String message) {
        super(field, message);
    }
}
