package org.caseaudit.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One bank holiday in England and Wales. */
public record BankHoliday(LocalDate date, String title) implements Comparable<BankHoliday> {

    public BankHoliday {
        Objects.requireNonNull(date, "date");
        title = title == null || title.isBlank() ? "Bank holiday" : title.strip();
    }

    @Override
    public int compareTo(BankHoliday other) {
        return date.compareTo(other.date);
    }
}
