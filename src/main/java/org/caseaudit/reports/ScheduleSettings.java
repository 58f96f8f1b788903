package org.caseaudit.reports;

import java.time.Instant;

/**
 * The audit lead's setting of the scheduled committee pack: on or off, and which variants to build. The time comes
 * from configuration ({@code caseaudit.reports.schedule.cron}); {@code cron}, {@code retentionDays} and the next run
 * are shown, not edited.
 */
public record ScheduleSettings(boolean enabled, boolean identified, boolean anonymised, long version, String updatedBy,
                               Instant updatedAt, String cron, long retentionDays, Instant nextRun) {
}
