package org.caseaudit.calendar;

import java.time.LocalDate;
import java.util.Optional;

/** Whether a date is a working day; {@code holiday} names the bank holiday when there is one on that date. */
public record DayCheck(LocalDate date, boolean workingDay, Optional<BankHoliday> holiday, CalendarStamp stamp) {

    public long calendarVersion() {
        return stamp.version();
    }

    public boolean fallbackUsed() {
        return stamp.fallbackUsed();
    }
}
