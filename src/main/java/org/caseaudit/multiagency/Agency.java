package org.caseaudit.multiagency;

/** A partner agency taking part in multi-agency audits. */
public record Agency(long id, String name, AgencyKind kind) {
}
