package org.caseaudit.security;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes every {@link TrailEvent} to the audit trail. A plain synchronous listener on purpose (not after commit): the
 * row joins the publisher's transaction, so a change and its record commit or roll back together, and a view
 * outside a transaction still writes.
 */
@Component
class AuditTrailWriter {

    private final AuditTrail trail;
    private final CurrentUser currentUser;

    AuditTrailWriter(AuditTrail trail, CurrentUser currentUser) {
        this.trail = trail;
        this.currentUser = currentUser;
    }

    @EventListener
    void on(TrailEvent event) {
        TrailEntry e = event.entry();
        trail.record(e.actor() == null ? currentUser.usernameOrSystem() : e.actor(), e.code(), e.targetType(),
                e.targetId(), e.detail(), e.remoteAddress() == null ? AuditTrail.currentRemoteAddress()
                        : e.remoteAddress(), e.outcome(), e.council());
    }
}
