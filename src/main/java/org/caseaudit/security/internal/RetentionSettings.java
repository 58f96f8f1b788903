package org.caseaudit.security.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.caseaudit.shared.db.AfterMigrateCallback;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes the retention settings into the database table {@code retention_setting} after every Flyway run, as the
 * schema owner (V22_1): the runtime account may only read that table, so the application it runs cannot shorten the
 * retention its purge procedures use.
 */
@Component
class RetentionSettings extends AfterMigrateCallback {

    private final int auditTrailMonths;

    RetentionSettings(@Value("${caseaudit.audit.retention-months:84}") int auditTrailMonths) {
        super("retention-settings");
        this.auditTrailMonths = auditTrailMonths;
    }

    @Override
    protected void afterMigrate(Connection connection) throws SQLException {
        write(connection, "audit_trail", Math.max(auditTrailMonths, AuditTrailRetention.MINIMUM_MONTHS));
    }

    @Override
    protected String failure(SQLException e) {
        return "Could not write the retention settings: " + e.getMessage();
    }

    private static void write(Connection connection, String name, int months) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO retention_setting (name, months, updated_at) VALUES (?, ?, UTC_TIMESTAMP(6))
                ON DUPLICATE KEY UPDATE updated_at = IF(months = VALUES(months), updated_at, VALUES(updated_at)),
                                        months = VALUES(months)""")) {
            ps.setString(1, name);
            ps.setInt(2, months);
            ps.executeUpdate();
        }
    }
}
