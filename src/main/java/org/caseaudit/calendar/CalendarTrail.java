package org.caseaudit.calendar;

import org.caseaudit.security.TrailEntry;
import org.caseaudit.security.TrailEvent;

/** What the calendar tells the audit trail: one record per kind of event. */
public final class CalendarTrail {

    private CalendarTrail() {
    }

    public record VersionCreated(long versionNo, CalendarChangeType type, String description) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("CALENDAR_VERSION_CREATED", "calendar_version", versionNo, type + ": " + description);
        }
    }

    /** {@code before} and {@code after} as the timescale settings page words them. */
    public record TimescaleChanged(String measure, String before, String after) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("TIMESCALE_SETTING_CHANGED", "timescale_setting", measure, before + " -> " + after);
        }
    }
}
