package org.caseaudit.sampling;

import java.time.Instant;

/** One drawn case as the cycle screens show it. {@code replacesReference} is set on a reserve brought in. */
public record SampleItemInfo(long id, long version, int drawOrder, DrawnItem.Kind kind, long caseId,
                             String caseReference, String team, Status status, String replacesReference,
                             String reason, String changedBy, Instant changedAt, String auditor, String moderator) {

    /** A drawn case as the draw left it: in the sample or a reserve, unchanged, not assigned (no row id yet: 0). */
    public static SampleItemInfo asDrawn(DrawnItem d) {
        return new SampleItemInfo(0, 0, d.drawOrder(), d.kind(), d.item().id(), d.item().reference(),
                d.item().stratum(), Status.asDrawn(d.kind()), null, null, null, null, null, null);
    }

    public enum Status {
        SELECTED("In sample"), EXCLUDED("Excluded"), RESERVE("Reserve"), REPLACEMENT("Replacement");

        /** The status a case has when drawn: in the sample, or a reserve. */
        public static Status asDrawn(DrawnItem.Kind kind) {
            return kind == DrawnItem.Kind.SAMPLE ? SELECTED : RESERVE;
        }

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
