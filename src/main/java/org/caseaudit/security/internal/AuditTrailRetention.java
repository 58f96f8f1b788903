package org.caseaudit.security.internal;

import java.sql.CallableStatement;
import java.sql.Types;
import java.time.LocalDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.caseaudit.security.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Removes audit-trail entries older than the retention period ({@code caseaudit.audit.retention-months}, default 84
 * months = 7 years; never less than {@link #MINIMUM_MONTHS}), nightly ({@code caseaudit.audit.purge-cron}). The
 * deletion goes through the database procedure {@code audit_event_purge} (V14, V22_1), the only path the table's
 * trigger lets delete; it runs with its definer's rights (the runtime account may not delete from the trail) and
 * takes its retention from the table {@code retention_setting}, which the schema owner writes from this setting at
 * start ({@link RetentionSettings}), never from its caller. Each purge is
 * recorded in the trail in the same transaction. Not a service: nobody calls it from a view.
 */
@Component
public class AuditTrailRetention {

    /** The database refuses to delete anything younger (trigger in V14); a shorter setting is refused at start. */
    public static final int MINIMUM_MONTHS = 12;
    private static final Logger log = LoggerFactory.getLogger(AuditTrailRetention.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AuditTrail trail;
    private final int retentionMonths;

    AuditTrailRetention(JdbcTemplate jdbc, PlatformTransactionManager transactions, AuditTrail trail,
                        @Value("${caseaudit.audit.retention-months:84}") int retentionMonths) {
        if (retentionMonths < MINIMUM_MONTHS) {
            throw new IllegalStateException("caseaudit.audit.retention-months (CASEAUDIT_AUDIT_RETENTION_MONTHS) is "
                    + retentionMonths + "; the audit trail is kept at least " + MINIMUM_MONTHS + " months");
        }
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.trail = trail;
        this.retentionMonths = retentionMonths;
    }

    public int retentionMonths() {
        return retentionMonths;
    }

    /**
     * The start of the retention period: entries that occurred (UTC) before it are purged. The trail's times are the
     * database server's, so the cut-off is counted back from the server's time too, not the application's clock.
     */
    public LocalDateTime cutoff() {
        return jdbc.queryForObject(
                "SELECT UTC_TIMESTAMP(6) - INTERVAL GREATEST(months, 12) MONTH FROM retention_setting"
                + " WHERE name = 'audit_trail'", LocalDateTime.class);
    }

    private record Purge(long count, LocalDateTime cutoff) {
    }

    /** The nightly purge; on a cluster it runs on one node (the one that takes the lease; see V27_1). */
    @Scheduled(cron = "${caseaudit.audit.purge-cron:0 30 2 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "audit-trail-purge", lockAtLeastFor = "PT1M")
    public void purgeOnSchedule() {
        long purged = purgeExpired();
        log.info("Audit-trail retention: {} entries older than {} months purged", purged, retentionMonths);
    }

    /** Purges the expired entries and records the purge in the trail; returns how many entries went. */
    public long purgeExpired() {
        Long purged = tx.execute(status -> {
            Purge purge = jdbc.execute("{call audit_event_purge(?, ?)}", (CallableStatement call) -> {
                call.registerOutParameter(1, Types.BIGINT);
                call.registerOutParameter(2, Types.TIMESTAMP);
                call.execute();
                return new Purge(call.getLong(1), call.getTimestamp(2).toLocalDateTime());
            });
            trail.record("system", "AUDIT_TRAIL_PURGED", "audit_trail", null,
                    purge.count() + " entries before " + purge.cutoff() + " UTC (retention " + retentionMonths
                            + " months)", null, AuditTrail.Outcome.SUCCESS);
            return purge.count();
        });
        return purged == null ? 0 : purged;
    }
}
