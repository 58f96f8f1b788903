package org.caseaudit.audit;

/**
 * Who was present and the practitioner's reflection, as typed on the collaborative audit page; blank is "not given".
 * {@code expectedVersion} is {@link Collaboration#version()} as read (optimistic locking).
 */
public record CollaborationInput(
        String practitionerName,
        String practitionerRole,
        String managerName,
        String managerRole,
        String wentWell,
        String doDifferently,
        String feedbackToPractitioner,
        long expectedVersion) {
}
