package org.caseaudit.audit.internal;

import java.util.Objects;
import java.util.Optional;
import org.caseaudit.audit.AuditKind;
import org.caseaudit.audit.AuditStateException;
import org.caseaudit.audit.AuditStatus;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.council.CurrentCouncil;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What the collaborative-audit and family-feedback services need of an audit: one plain read. */
@Component
public class PracticeAudits {

    /** The audit's cycle, auditor, kind, status and current overall grade. */
    public record AuditRow(long id, long cycleId, String auditor, AuditKind kind, AuditStatus status,
                           String overallGrade) {
    }

    private final JdbcTemplate jdbc;
    private final CurrentCouncil council;

    PracticeAudits(JdbcTemplate jdbc, CurrentCouncil council) {
        this.jdbc = jdbc;
        this.council = council;
    }

    /** The current council (decision 0012): the practice services name it in every statement. */
    public long council() {
        return council.id();
    }

    /**
     * The audit for its own auditor or the audit lead (or an administrator): refused for anyone else, and "does not
     * exist" for an id of another council.
     */
    public AuditRow readable(long auditId, CurrentUser currentUser) {
        AuditRow audit = find(auditId)
                .orElseThrow(() -> new AuditStateException("Audit " + auditId + " does not exist"));
        boolean lead = currentUser.hasRole(Roles.AUDIT_LEAD) || currentUser.hasRole(Roles.ADMIN);
        if (!lead && !Objects.equals(currentUser.username().orElse(null), audit.auditor())) {
            throw new AccessDeniedException("Audit " + auditId + " is not yours");
        }
        return audit;
    }

    /** The audit of the current council with this id (none for another council's audit). */
    public Optional<AuditRow> find(long auditId) {
        return jdbc.query("SELECT id, cycle_id, auditor, kind, status, overall_grade FROM case_audit WHERE id = ?"
                        + " AND council_id = ?",
                (rs, n) -> new AuditRow(rs.getLong(1), rs.getLong(2), rs.getString(3), AuditKind.valueOf(
                rs.getString(4)),
                        AuditStatus.valueOf(rs.getString(5)), rs.getString(6)), auditId, council.id())
                        .stream().findFirst();
    }
}
