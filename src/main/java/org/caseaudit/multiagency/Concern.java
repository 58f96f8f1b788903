package org.caseaudit.multiagency;

import java.time.Instant;
import java.time.LocalDate;

/** An immediate concern the panel sends to one agency, acknowledged by that agency's co-ordinator. */
public record Concern(long id, long auditId, Child child, Agency agency, String description, LocalDate dueDate,
        String raisedBy, Long actionId, String acknowledgedBy, Instant acknowledgedAt, String response, long version) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
