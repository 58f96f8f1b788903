package org.caseaudit.partnership;

import org.caseaudit.security.TrailEntry;
import org.caseaudit.security.TrailEvent;

/** What the partnership's comparison tells the audit trail: one record per kind of event. */
public final class PartnershipTrail {

    private static final String PARTNERSHIP = "partnership";

    private PartnershipTrail() {
    }

    /** {@code measure}: template, version, question and period of the comparison. */
    public record ComparisonViewed(long partnershipId, String measure, int councils) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("PARTNERSHIP_COMPARISON_VIEWED", PARTNERSHIP, partnershipId,
                    measure + ", " + councils + " council(s)");
        }
    }

    /** The comparison's workbook (the pack) was built: an export, so a report generated. */
    public record ComparisonWorkbookGenerated(long partnershipId, String measure) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("REPORT_GENERATED", PARTNERSHIP, partnershipId,
                    "Partnership comparison workbook: " + measure);
        }
    }

    /** The comparison pack (a tagged PDF or its HTML twin) was built: an export, so a report generated. */
    public record ComparisonPackGenerated(long partnershipId, String measure, String format) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("REPORT_GENERATED", PARTNERSHIP, partnershipId,
                    "Partnership comparison pack (" + format + "): " + measure);
        }
    }
}
