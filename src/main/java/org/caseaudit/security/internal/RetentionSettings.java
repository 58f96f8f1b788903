package org.caseaudit.security.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes the retention settings into the database table {@code retention_setting} after every Flyway run, as the
 * schema owner (V22_1): the runtime account may only read that table, so the application it runs cannot shorten the
 * retention its purge procedures use.
 */
@Component
class RetentionSettings implements Callback {

    private final int auditTrailMonths;

    RetentionSettings(@Value("${caseaudit.audit.retention-months:84}") int auditTrailMonths) {
        this.auditTrailMonths = auditTrailMonths;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public String getCallbackName() {
        return "retention-settings";
    }

    @Override
    public void handle(Event event, Context context) {
        write(context, "audit_trail", Math.max(auditTrailMonths, AuditTrailRetention.MINIMUM_MONTHS));
    }

    private static void write(Context context, String name, int months) {
        try (PreparedStatement ps = context.getConnection().prepareStatement("""
                INSERT INTO retention_setting (name, months, updated_at) VALUES (?, ?, UTC_TIMESTAMP(6))
                ON DUPLICATE KEY UPDATE updated_at = IF(months = VALUES(months), updated_at, VALUES(updated_at)),
                                        months = VALUES(months)""")) {
            ps.setString(1, name);
            ps.setInt(2, months);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new FlywayException("Could not write the retention setting " + name + ": " + e.getMessage(), e);
        }
    }
}
