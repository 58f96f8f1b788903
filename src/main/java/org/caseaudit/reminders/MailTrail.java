package org.caseaudit.reminders;

import org.caseaudit.security.AuditTrail.Outcome;
import org.caseaudit.security.TrailEntry;
import org.caseaudit.security.TrailEvent;

/** What reminders tell the audit trail: one record per kind of event. */
public final class MailTrail {

    private MailTrail() {
    }

    public record PreferenceSet(String username, String mode) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("MAIL_PREFERENCE_SET", "user", username, mode);
        }
    }

    public record OverdueCompulsorySet(boolean compulsory) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("MAIL_OVERDUE_COMPULSORY", "mail_setting", "1", String.valueOf(compulsory));
        }
    }

    public record MailRetried(long mailId) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("MAIL_RETRIED", "mail_outbox", mailId, "queued again by an administrator");
        }
    }

    /** A message given up after its last attempt, by "system". */
    public record MailFailed(long mailId, String recipient, int attempts, String error) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("MAIL_FAILED", "mail_outbox", mailId, "to " + recipient + " after " + attempts
                    + " attempts: " + error).by("system").withOutcome(Outcome.FAILURE);
        }
    }
}
