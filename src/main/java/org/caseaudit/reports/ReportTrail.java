package org.caseaudit.reports;

import org.caseaudit.security.AuditTrail.Outcome;
import org.caseaudit.security.TrailEntry;
import org.caseaudit.security.TrailEvent;

/** What reports tell the audit trail: one record per kind of event. Every export and download is one of them. */
public final class ReportTrail {

    private static final String FILE = "report_file";
    private static final String SCHEDULE = "report_schedule";

    private ReportTrail() {
    }

    /**
     * A report or export was built for the current user: {@code subjectType}/{@code subjectId} name what it is about
     * (a cycle, an audit, a template version...), {@code what} the report and its variant.
     */
    public record ReportGenerated(String subjectType, String subjectId, String what) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("REPORT_GENERATED", subjectType, subjectId, what);
        }
    }

    /** A built report handed to the browser, or a kept file fetched. */
    public record ReportDownloaded(String subjectType, String subjectId, String what) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("REPORT_DOWNLOADED", subjectType, subjectId, what);
        }
    }

    /** A full (identifying) report asked for by someone who may not have it. */
    public record ReportRefused(String subjectType, String subjectId, String what) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("REPORT_REFUSED", subjectType, subjectId, what).withOutcome(Outcome.DENIED);
        }
    }

    public record ScheduleChanged(boolean enabled, boolean identified, boolean anonymised, String cron)
            implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("REPORT_SCHEDULE_CHANGED", SCHEDULE, "1", (enabled ? "on" : "off") + "; full "
                    + (identified ? "yes" : "no") + ", anonymised " + (anonymised ? "yes" : "no") + "; cron " + cron);
        }
    }

    public record FilesPurged(int files, long retentionDays) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("REPORT_FILES_PURGED", FILE, "-", files + " kept report file(s) past their "
                    + retentionDays + " days deleted");
        }
    }

    public record ScheduledSkipped(String why) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("SCHEDULED_REPORT_SKIPPED", SCHEDULE, "1", why);
        }
    }

    public record ScheduledStored(long fileId, String what) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("SCHEDULED_REPORT_STORED", FILE, fileId, what);
        }
    }

    public record ScheduledFailed(long cycleId, String problem) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("SCHEDULED_REPORT_FAILED", "audit_cycle", cycleId, problem)
                    .by(ReportIdentity.SCHEDULER).withOutcome(Outcome.FAILURE);
        }
    }
}
