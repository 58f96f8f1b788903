package org.caseaudit.audit;

import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.util.List;
import org.caseaudit.audit.internal.CaseDataRetentionRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's side of data retention (decision 0010): the periods kept in {@code retention_setting}, a change
 * to the two case-data periods (through the database procedure {@code retention_setting_set}, since the runtime
 * account may only read the table), and a preview of what the next nightly run would touch.
 */
@Service
public class CaseDataRetentionService {

    private final JdbcTemplate jdbc;
    private final CaseDataRetentionRunner runner;
    private final ApplicationEventPublisher trail;
    private final CurrentUser currentUser;

    CaseDataRetentionService(JdbcTemplate jdbc, CaseDataRetentionRunner runner, ApplicationEventPublisher trail,
                             CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.runner = runner;
        this.trail = trail;
        this.currentUser = currentUser;
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<RetentionSetting> settings() {
        return jdbc.query(
                "SELECT name, months, updated_at, updated_by FROM retention_setting ORDER BY name = 'audit_trail',"
                + " name", (rs, i) -> {
                    String name = rs.getString(1);
                    Timestamp at = rs.getTimestamp(3);
                    return new RetentionSetting(name, label(name), rs.getInt(2), !"audit_trail".equals(name),
                            at == null ? null : at.toLocalDateTime(), rs.getString(4));
                });
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public RetentionPreview preview() {
        return runner.preview();
    }

    /** Changes a case-data retention period; refuses anything but 12 to 1200 months, and the trail's period. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void change(String name, int months) {
        if (!"case_register".equals(name) && !"case_audit_text".equals(name)) {
            throw new IllegalArgumentException("Only the case-data retention periods can be changed here; the audit "
                    + "trail's is set by the deployment (CASEAUDIT_AUDIT_RETENTION_MONTHS)");
        }
        if (months < CaseRetentionRule.MINIMUM_MONTHS || months > CaseRetentionRule.MAXIMUM_MONTHS) {
            throw new IllegalArgumentException("A retention period is between " + CaseRetentionRule.MINIMUM_MONTHS
                    + " and " + CaseRetentionRule.MAXIMUM_MONTHS + " months; " + months + " was given");
        }
        int before = runner.months(name);
        String user = currentUser.usernameOrSystem();
        jdbc.update("CALL retention_setting_set(?, ?, ?)", name, months, user);
        trail.publishEvent(new CaseAuditTrail.RetentionSettingChanged(name, label(name), before, months));
    }

    static String label(String name) {
        return switch (name) {
            case "case_register" -> "Case register rows, after the case's last activity";
            case "case_audit_text" -> "Audit free text (notes, reasons, replies), after the cycle ended";
            case "audit_trail" -> "Audit trail entries (set by the deployment)";
            default -> name;
        };
    }
}
