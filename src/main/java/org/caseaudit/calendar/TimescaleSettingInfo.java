package org.caseaudit.calendar;

import java.time.Instant;

/** A stored timescale rule with its optimistic-lock version and who changed it last (null if never). */
public record TimescaleSettingInfo(TimescaleRule rule, long version, Instant updatedAt, String updatedBy) {
}
