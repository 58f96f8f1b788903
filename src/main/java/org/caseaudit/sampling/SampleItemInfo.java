package org.caseaudit.sampling;

import java.time.Instant;

/** One drawn case as the cycle screens show it. {@code replacesReference} is set on a reserve brought in. */
public record SampleItemInfo(long id, long version, int drawOrder, DrawnItem.Kind kind, String caseId,
                             String caseReference, String team, Status status, String replacesReference,
                             String reason, String changedBy, Instant changedAt, String auditor, String moderator) {

    public enum Status {
        SELECTED("In sample"), EXCLUDED("Excluded"), RESERVE("Reserve"), REPLACEMENT("Replacement");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** In the sample now: drawn into it, or brought in from the reserves. */
    public boolean active() {
        return status == Status.SELECTED || status == Status.REPLACEMENT;
    }
}
