package org.caseaudit.calendar;

import java.time.Instant;

/** One version of the bank-holiday table, as listed to administrators. */
public record CalendarVersionInfo(long version, CalendarChangeType changeType, String description, String sourceName,
        int holidayCount, Instant createdAt, String createdBy) {
}
