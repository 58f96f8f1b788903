package org.caseaudit.calendar;

/** The outcome of a change to the holiday table: the version now newest and whether the change made it. */
public record CalendarChangeResult(CalendarVersionInfo version, boolean created, String summary) {
}
