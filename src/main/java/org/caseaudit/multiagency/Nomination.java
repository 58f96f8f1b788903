package org.caseaudit.multiagency;

import java.time.Instant;

/**
 * An agency's nomination of a child for an audit (by case reference, within the theme), pending until the lead accepts
 * (the child joins the cohort) or declines it. Seen by the lead and by the nominating agency only.
 */
public record Nomination(long id, long auditId, Agency agency, String caseReference, String reason, String status,
        String nominatedBy, Instant nominatedAt, String decidedBy, long version) {

    public boolean pending() {
        return "PENDING".equals(status);
    }
}
