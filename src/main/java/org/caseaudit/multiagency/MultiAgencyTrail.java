package org.caseaudit.multiagency;

import org.caseaudit.security.TrailEntry;
import org.caseaudit.security.TrailEvent;

/** What multi-agency audits tell the audit trail: one record per kind of event. */
public final class MultiAgencyTrail {

    private static final String AUDIT = "multi-agency-audit";
    private static final String RETURN = "multi-agency-return";
    private static final String CONCERN = "multi-agency-concern";

    private MultiAgencyTrail() {
    }

    public record AgencyCreated(long agencyId, String name, AgencyKind kind) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("AGENCY_CREATED", "agency", agencyId, name + " (" + kind.label() + ")");
        }
    }

    public record AgencyMemberSet(long agencyId, String username, String agency) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("AGENCY_MEMBER_SET", "agency", agencyId, username + " -> " + agency);
        }
    }

    /** {@code cohort}: how the children were chosen; {@code agencies}: their names, comma separated. */
    public record AuditCreated(long auditId, String theme, String cohort, String agencies) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("MA_AUDIT_CREATED", AUDIT, auditId, theme + ": " + cohort + ", agencies " + agencies);
        }
    }

    public record AgencyMemberRemoved(long agencyId, String username, String agency) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("AGENCY_MEMBER_REMOVED", "agency", agencyId, username + " left " + agency);
        }
    }

    /** An agency nominated a child (by case reference) for the audit. */
    public record ChildNominated(long auditId, String agency, String caseReference) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("MA_CHILD_NOMINATED", AUDIT, auditId, agency + " nominated case " + caseReference);
        }
    }

    public record NominationDecided(long auditId, String caseReference, boolean accepted) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of(accepted ? "MA_NOMINATION_ACCEPTED" : "MA_NOMINATION_DECLINED", AUDIT, auditId,
                    "case " + caseReference);
        }
    }

    public record RecommendationMade(long auditId, long recommendationId, long actionId) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("MA_RECOMMENDATION_MADE", AUDIT, auditId,
                    "recommendation " + recommendationId + " -> action " + actionId);
        }
    }

    public record WorkbookExported(long auditId, int answers, int conclusions) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("MA_WORKBOOK_EXPORTED", AUDIT, auditId, answers + " answers, " + conclusions
                    + " conclusions");
        }
    }

    public record AuditOpened(long auditId, String theme) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("MA_AUDIT_OPENED", AUDIT, auditId, theme);
        }
    }

    public record ReturnOpened(long returnId, long auditId, long agencyId) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("MA_RETURN_OPENED", RETURN, returnId, "audit " + auditId + ", agency " + agencyId);
        }
    }

    public record ReturnSaved(long returnId, boolean submitted, int answers) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of(submitted ? "MA_RETURN_SUBMITTED" : "MA_RETURN_SAVED", RETURN, returnId,
                    answers + " answers");
        }
    }

    public record PanelStarted(long auditId, long submittedReturns) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("MA_PANEL_STARTED", AUDIT, auditId, submittedReturns + " returns submitted");
        }
    }

    public record PanelChildOpened(long auditId, long childId) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("MA_PANEL_CHILD_OPENED", AUDIT, auditId, "child " + childId);
        }
    }

    public record ConclusionRecorded(long auditId, long childId, String domain, String grade) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("MA_CONCLUSION_RECORDED", AUDIT, auditId, "child " + childId + ", " + domain + ": "
                    + grade);
        }
    }

    public record ConcernRaised(long concernId, long auditId, long childId, String agency) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("MA_CONCERN_RAISED", CONCERN, concernId, "audit " + auditId + ", child " + childId
                    + " -> " + agency);
        }
    }

    public record ConcernAcknowledged(long concernId, String agency) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("MA_CONCERN_ACKNOWLEDGED", CONCERN, concernId, agency);
        }
    }

    public record AuditCompleted(long auditId, String theme) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("MA_AUDIT_COMPLETED", AUDIT, auditId, theme);
        }
    }

    public record BoardReportBuilt(long auditId, boolean disclosureControlled) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("MA_BOARD_REPORT", AUDIT, auditId, disclosureControlled
                    ? "disclosure-controlled" : "lead");
        }
    }
}
