package org.caseaudit.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.caseaudit.IntegrationTest;
import org.caseaudit.security.AuditTrail;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Retention of the audit trail: the purge removes exactly the entries older than the retention period and records
 * itself; every other way of deleting or changing entries is still refused by the database (V1, V14).
 */
@IntegrationTest
@Tag("clock")
class AuditTrailRetentionTest {

    @Autowired
    AuditTrailRetention retention;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditTrail trail;
    @Autowired
    PlatformTransactionManager transactions;

    private long entry(String action, LocalDateTime occurredAtUtc) {
        jdbc.update(
                "INSERT INTO audit_event (occurred_at, actor, action, outcome) VALUES (?, 'retention-test', ?, "
                + "'SUCCESS')",
                Timestamp.valueOf(occurredAtUtc), action);
        return jdbc.queryForObject("SELECT MAX(id) FROM audit_event WHERE action = ?", Long.class, action);
    }

    private boolean exists(long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE id = ?", Integer.class, id) == 1;
    }

    /** The trail's times are the database server's (UTC), so "85 months old" counts back from its clock. */
    private LocalDateTime nowUtc() {
        return jdbc.queryForObject("SELECT UTC_TIMESTAMP(6)", LocalDateTime.class);
    }

    @Test
    void the_default_retention_is_seven_years() {
        assertThat(retention.retentionMonths()).isEqualTo(84);
    }

    @Test
    void the_purge_removes_only_entries_older_than_the_retention_and_records_itself() {
        long expired = entry("RETENTION_EXPIRED", nowUtc().minusMonths(85));
        long kept = entry("RETENTION_KEPT", nowUtc().minusMonths(83));
        long recent = entry("RETENTION_RECENT", nowUtc().minusMinutes(1));
        long purgesBefore = jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'AUDIT_TRAIL_PURGED'", Long.class);

        long purged = retention.purgeExpired();

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(exists(expired)).as("entry 85 months old").isFalse();
        assertThat(exists(kept)).as("entry 83 months old").isTrue();
        assertThat(exists(recent)).as("entry a minute old").isTrue();
        assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'AUDIT_TRAIL_PURGED'", Long.class))
                .isEqualTo(purgesBefore + 1);
        assertThat(jdbc.queryForObject(
                "SELECT detail FROM audit_event WHERE action = 'AUDIT_TRAIL_PURGED' ORDER BY id DESC LIMIT 1",
                String.class)).startsWith(purged + " entries before ").contains("retention 84 months");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE occurred_at < ?", Long.class,
                Timestamp.valueOf(retention.cutoff()))).isZero();
    }

    @Test
    void an_ordinary_delete_is_refused_for_recent_and_for_old_entries() {
        long recent = entry("RETENTION_DELETE_RECENT", nowUtc().minusDays(1));
        long old = entry("RETENTION_DELETE_OLD", nowUtc().minusYears(10));
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_event WHERE id = ?", recent))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_event WHERE id = ?", old))
                .hasMessageContaining("append-only");
        assertThat(exists(recent)).isTrue();
        assertThat(exists(old)).isTrue();
    }

    @Test
    void updates_stay_refused_even_inside_a_purge_session() {
        long old = entry("RETENTION_UPDATE_OLD", nowUtc().minusYears(10));
        assertThatThrownBy(() -> jdbc.execute((ConnectionCallback<Object>) con -> {
            try (Statement st = con.createStatement()) {
                st.execute("SET @caseaudit_audit_purge_before = '2999-01-01'");
                try {
                    return st.executeUpdate("UPDATE audit_event SET detail = 'changed' WHERE id = " + old);
                } finally {
                    st.execute("SET @caseaudit_audit_purge_before = NULL");
                }
            }
        })).hasMessageContaining("append-only");
    }

    @Test
    void a_session_that_fakes_the_purge_flag_still_cannot_delete_entries_younger_than_twelve_months() {
        long recent = entry("RETENTION_FAKED_FLAG", nowUtc().minusMonths(11));
        assertThatThrownBy(() -> jdbc.execute((ConnectionCallback<Object>) con -> {
            try (Statement st = con.createStatement()) {
                st.execute("SET @caseaudit_audit_purge_before = '2999-01-01'");
                try {
                    return st.executeUpdate("DELETE FROM audit_event WHERE id = " + recent);
                } finally {
                    st.execute("SET @caseaudit_audit_purge_before = NULL");
                }
            }
        })).hasMessageContaining("append-only");
        assertThat(exists(recent)).isTrue();
    }

    @Test
    void the_procedure_takes_no_cut_off_from_its_caller_and_leaves_no_flag_behind() {
        long recent = entry("RETENTION_RECENT_CUTOFF", nowUtc().minusMonths(30));
        jdbc.execute((ConnectionCallback<Object>) con -> {
            con.setAutoCommit(true);
            try (var call = con.prepareCall("{call audit_event_purge(?, ?, ?)}")) {
                call.setTimestamp(1, Timestamp.valueOf(nowUtc()));
                call.registerOutParameter(2, java.sql.Types.BIGINT);
                call.registerOutParameter(3, java.sql.Types.TIMESTAMP);
                assertThatThrownBy(call::execute).hasMessageContaining("audit_event_purge");
            }
            try (var call = con.prepareCall("{call audit_event_purge(?, ?)}")) {
                call.registerOutParameter(1, java.sql.Types.BIGINT);
                call.registerOutParameter(2, java.sql.Types.TIMESTAMP);
                call.execute();
                assertThat(call.getTimestamp(2).toLocalDateTime()).as("cut-off from the retention setting")
                        .isBetween(nowUtc().minusMonths(84).minusMinutes(1), nowUtc().minusMonths(84));
            }
            assertThat(flag(con)).as("session flag after a purge").isNull();
            return null;
        });
        assertThat(exists(recent)).as("entry 30 months old, retention 84").isTrue();
    }

    private static String flag(Connection con) throws java.sql.SQLException {
        try (PreparedStatement ps = con.prepareStatement(
                "SELECT @caseaudit_audit_purge_before"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void a_retention_shorter_than_the_floor_is_refused_at_start() {
        assertThatThrownBy(() -> new AuditTrailRetention(jdbc, transactions, trail, 6))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least 12 months");
    }
}
