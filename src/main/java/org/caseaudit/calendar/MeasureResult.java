package org.caseaudit.calendar;

import java.time.LocalDate;

/**
 * One measure for one case. {@code workingDaysTaken} is from start to event (null without both);
 * {@code workingDaysLate} is set when MISSED (late at the event) or OVERDUE (late as of today).
 * {@code explanation} says how it was computed, e.g. "strategy discussion 03/03/2026, ICPC 26/03/2026:
 * 17 working days; due 24/03/2026; calendar version 3".
 */
public record MeasureResult(
        Measure measure,
        MeasureStatus status,
        LocalDate startDate,
        LocalDate dueDate,
        LocalDate eventDate,
        Integer workingDaysTaken,
        Integer workingDaysLate,
        CalendarStamp stamp,
        String explanation) {

    public long calendarVersion() {
        return stamp.version();
    }

    public boolean fallbackUsed() {
        return stamp.fallbackUsed();
    }
}
