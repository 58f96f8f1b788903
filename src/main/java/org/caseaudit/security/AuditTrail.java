package org.caseaudit.security;

import org.caseaudit.shared.council.CurrentCouncil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to the audit trail (who, what, when in UTC by the database server's clock, from where, outcome). Writes join
 * the caller's transaction, so a change and its record commit or roll back together. The table refuses updates and
 * deletes (V1 triggers).
 */
@Component
public class AuditTrail {

    public enum Outcome { SUCCESS, FAILURE, DENIED }

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final CurrentCouncil currentCouncil;

    AuditTrail(JdbcTemplate jdbc, CurrentUser currentUser, CurrentCouncil currentCouncil) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.currentCouncil = currentCouncil;
    }

    public void record(String action, String targetType, String targetId, String detail) {
        record(currentUser.usernameOrSystem(), action, targetType, targetId, detail, remoteAddress(), Outcome.SUCCESS);
    }

    public void record(String actor, String action, String targetType, String targetId, String detail,
                       String remoteAddress, Outcome outcome) {
        record(actor, action, targetType, targetId, detail, remoteAddress, outcome, null);
    }

    /** A row in council {@code councilId}'s trail; null: the current council's. */
    public void record(String actor, String action, String targetType, String targetId, String detail,
                       String remoteAddress, Outcome outcome, Long councilId) {
        jdbc.update("""
                INSERT INTO audit_event (occurred_at, actor, action, target_type, target_id, detail, remote_address, outcome,
                    council_id)
                VALUES (UTC_TIMESTAMP(6), ?, ?, ?, ?, ?, ?, ?, ?)""",
                truncate(actor, 64), truncate(action, 64), truncate(targetType, 64), truncate(targetId, 128),
                truncate(detail, 1000), truncate(remoteAddress, 64), outcome.name(),
                councilId == null ? council() : councilId);
    }

    /** The council the entry belongs to; a refusal of someone in no council still goes to the installation's. */
    private long council() {
        try {
            return currentCouncil.id();
        } catch (AccessDeniedException e) {
            return CurrentCouncil.INSTALLATION_COUNCIL;
        }
    }

    /** The client address of the request being handled on this thread, or null outside a request. */
    static String currentRemoteAddress() {
        return remoteAddress();
    }

    private static String remoteAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            return servlet.getRequest().getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
