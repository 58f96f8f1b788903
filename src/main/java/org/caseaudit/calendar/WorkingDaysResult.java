package org.caseaudit.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A working-day computation: from {@code start} (day 0) to {@code end} is {@code workingDays} working days.
 * {@code holidaysSkipped} are the bank holidays on Monday to Friday after the start, up to and including the end.
 */
public record WorkingDaysResult(LocalDate start, LocalDate end, int workingDays, List<BankHoliday> holidaysSkipped,
        CalendarStamp stamp) {

    public WorkingDaysResult {
        holidaysSkipped = List.copyOf(holidaysSkipped);
    }

    public long calendarVersion() {
        return stamp.version();
    }

    public boolean fallbackUsed() {
        return stamp.fallbackUsed();
    }
}
