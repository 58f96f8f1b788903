package org.caseaudit.calendar;

/** What made a calendar version. */
public enum CalendarChangeType {
    SEED, FILE_LOAD, ADD, CORRECT, REMOVE
}
