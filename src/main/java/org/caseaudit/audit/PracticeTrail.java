package org.caseaudit.audit;

import java.time.Instant;
import org.caseaudit.security.AuditTrail.Outcome;
import org.caseaudit.security.TrailEntry;
import org.caseaudit.security.TrailEvent;

/**
 * What collaborative audits, family feedback and grading calibration tell the audit trail: one record per kind of
 * event. The feedback form is used without signing in, so its rows name the family link, never a person.
 */
public final class PracticeTrail {

    private static final String AUDIT = AuditService.TARGET;
    private static final String LINK = FamilyFeedbackService.TARGET;

    private PracticeTrail() {
    }

    private static String mode(Boolean collaborative) {
        return collaborative == null ? "as the cycle" : collaborative ? "collaborative" : "not collaborative";
    }

    public record CycleModeSet(long cycleId, boolean collaborative) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("CYCLE_COLLABORATIVE_MODE", "audit_cycle", cycleId, mode(collaborative));
        }
    }

    /** {@code collaborative} null: the audit follows its cycle's setting. */
    public record AuditModeSet(long auditId, Boolean collaborative) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("AUDIT_COLLABORATIVE_MODE", AUDIT, auditId, mode(collaborative));
        }
    }

    public record CollaborationRecorded(long auditId, boolean feedbackGiven) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("AUDIT_COLLABORATION_RECORDED", AUDIT, auditId,
                    "present and reflection recorded" + (feedbackGiven ? ", feedback given" : ""));
        }
    }

    /** The practitioner's agreement (or disagreement) with the audit's grade. */
    public record GradeAgreement(long auditId, String agreement, String grade) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("AUDIT_GRADE_AGREEMENT", AUDIT, auditId, agreement + " with grade " + grade);
        }
    }

    public record FeedbackLinkIssued(long linkId, long auditId, String respondent, Instant expires)
            implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("FAMILY_FEEDBACK_LINK_ISSUED", LINK, linkId,
                    "audit " + auditId + ", " + respondent + ", expires " + expires);
        }
    }

    public record FeedbackLinkOpened(long linkId, String clientAddress, long council) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("FAMILY_FEEDBACK_LINK_OPENED", LINK, linkId, null)
                    .by(FamilyFeedbackService.ANONYMOUS).from(clientAddress).in(council);
        }
    }

    public record FeedbackAnswered(long linkId, long auditId, String clientAddress, long council)
            implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("FAMILY_FEEDBACK_ANSWERED", LINK, linkId, "audit " + auditId)
                    .by(FamilyFeedbackService.ANONYMOUS).from(clientAddress).in(council);
        }
    }

    /** {@code linkId}: the link's id where one was found, else a placeholder; {@code why}: the refusal. */
    /** {@code council} null: an unknown token, which belongs to no council (the installation's trail). */
    public record FeedbackLinkRefused(String linkId, String why, String clientAddress, Long council)
            implements TrailEvent {
        @Override
        public TrailEntry entry() {
            TrailEntry entry = TrailEntry.of("FAMILY_FEEDBACK_LINK_REFUSED", LINK, linkId, why)
                    .by(FamilyFeedbackService.ANONYMOUS).from(clientAddress).withOutcome(Outcome.DENIED);
            return council == null ? entry : entry.in(council);
        }
    }

    /** The family's answers to an audit were read (by its auditor or the lead). */
    public record FeedbackRead(long auditId) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("FAMILY_FEEDBACK_READ", AUDIT, auditId, null);
        }
    }

    public record CalibrationViewed(String auditor, int cycles) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("CALIBRATION_VIEWED", "auditor", auditor,
                    cycles + " cycle(s) with moderated grades");
        }
    }

    /** Someone other than the auditor or the lead asked for an auditor's calibration. */
    public record CalibrationRefused(String auditor) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("CALIBRATION_REFUSED", "auditor", auditor, "calibration of another auditor")
                    .withOutcome(Outcome.DENIED);
        }
    }
}
