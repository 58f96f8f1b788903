package org.caseaudit.audit;

import org.caseaudit.security.TrailEntry;
import org.caseaudit.security.TrailEvent;

/**
 * What the audit module tells the audit trail: one record per kind of event, each knowing its stored code and detail.
 * Opening an audit has no event of its own: the register's {@code CaseTrail.CaseViewed} (naming the audit) is its one
 * row.
 */
public final class CaseAuditTrail {

    private static final String AUDIT = AuditService.TARGET;

    private CaseAuditTrail() {
    }

    public record AuditAssigned(long auditId, long cycleId, String caseReference,
            String auditor) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("AUDIT_ASSIGNED", AUDIT, auditId, "cycle " + cycleId + ", case " + caseReference
                    + " to " + auditor);
        }
    }

    public record ModerationAssigned(long moderationId, long auditId, boolean blind, String moderator)
            implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("MODERATION_ASSIGNED", AUDIT, moderationId, "moderates audit " + auditId + " ("
                    + (blind ? "blind" : "open") + ") by " + moderator);
        }
    }

    public record AuditStarted(long auditId, String caseReference) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("AUDIT_STARTED", AUDIT, auditId, "case " + caseReference);
        }
    }

    /** Grades as stored; null reads "none". */
    public record GradeChanged(long auditId, String before, String after) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("AUDIT_GRADE_CHANGED", AUDIT, auditId, "grade " + (before == null ? "none" : before)
                    + " -> " + (after == null ? "none" : after));
        }
    }

    public record AuditSubmitted(long auditId, AuditKind kind, String caseReference) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("AUDIT_SUBMITTED", AUDIT, auditId, kind.label() + " of case " + caseReference);
        }
    }

    public record AuditReopened(long auditId, String reason) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("AUDIT_REOPENED", AUDIT, auditId, reason == null ? "" : reason.strip());
        }
    }

    public record AuditClosed(long auditId, String caseReference) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("AUDIT_CLOSED", AUDIT, auditId, "case " + caseReference);
        }
    }

    public record SharedWithManager(long auditId, String caseReference, String teamManager) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("AUDIT_SHARED", AUDIT, auditId, "case " + caseReference + " with team manager "
                    + teamManager);
        }
    }

    public record FeedbackOpened(long auditId, String caseReference) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("AUDIT_FEEDBACK_OPENED", AUDIT, auditId, "case " + caseReference);
        }
    }

    public record ReplyAdded(long auditId, int characters) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("AUDIT_REPLY_ADDED", AUDIT, auditId, characters + " characters");
        }
    }

    public record ComparisonOpened(long auditId, String caseReference) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("MODERATION_COMPARISON_OPENED", AUDIT, auditId, "case " + caseReference);
        }
    }

    /** {@code value} null: agreed on no answer. */
    public record AnswerAgreed(long auditId, String questionId, String value) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("MODERATION_ANSWER_AGREED", AUDIT, auditId, questionId + ": agreed "
                    + (value == null ? "none" : "'" + value + "'"));
        }
    }

    public record ModerationCompleted(long auditId, long disagreements) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("MODERATION_COMPLETED", AUDIT, auditId, disagreements + " disagreement(s) settled");
        }
    }

    public record RetentionSettingChanged(String name, String label, int before, int months) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("RETENTION_SETTING_CHANGED", "retention_setting", name, label + ": " + before + " -> "
                    + months + " months");
        }
    }

    /** A scheduled retention run, by "system". */
    public record RetentionRun(String done, int registerMonths, int auditTextMonths) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("CASE_DATA_RETENTION", "case_data", null, done + " (retention: register "
                    + registerMonths + " months, audit text " + auditTextMonths + " months)").by("system");
        }
    }
}
