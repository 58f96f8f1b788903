package org.caseaudit.calendar;

/** A bank-holiday file could not be used; the message names the file, the event and the field. */
public class HolidayFileException extends RuntimeException {

    public HolidayFileException(String message) {
        super(message);
    }
}
