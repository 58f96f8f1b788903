package org.caseaudit.security;

/**
 * A fact a module publishes for the audit trail ({@code ApplicationEventPublisher.publishEvent}); security's
 * {@link AuditTrailWriter} writes it in the publisher's transaction. Each module declares one small record per kind of
 * event, in the package that owns the fact, and the record alone knows its stored code and how it reads on the trail.
 */
public interface TrailEvent {

    /** The row this event becomes: its stored code, target and detail (and, rarely, an actor or outcome of its own). */
    TrailEntry entry();
}
