package org.caseaudit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.List;
import org.caseaudit.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The black-box probe's attacks on the trail and the answer history (issue 19, item 8), made as the runtime account
 * the application runs as in production: each is refused or does nothing. The schema owner (the test's own
 * connection) arranges the data.
 */
@IntegrationTest
class RuntimeAccountAttackTest {

    @Autowired
    Environment environment;
    @Autowired
    JdbcTemplate owner;
    @Autowired
    ProductionChecks checks;

    private Connection runtime;

    @BeforeEach
    void connectAsRuntimeAccount() throws SQLException {
        String user = environment.getProperty("caseaudit.database.runtime.username");
        assumeTrue(user != null, "the test server's account may not create the runtime account");
        runtime = DriverManager.getConnection(environment.getProperty("spring.datasource.url"), user,
                environment.getProperty("caseaudit.database.runtime.password"));
        runtime.setAutoCommit(true);
    }

    @AfterEach
    void close() throws SQLException {
        if (runtime != null) {
            runtime.close();
        }
    }

    private long trailRows() {
        return owner.queryForObject("SELECT COUNT(*) FROM audit_event", Long.class);
    }

    private long entry(String action, LocalDateTime occurredAtUtc) {
        owner.update(
                "INSERT INTO audit_event (occurred_at, actor, action, outcome) VALUES (?, 'attack-test', ?, 'SUCCESS')",
                Timestamp.valueOf(occurredAtUtc), action);
        return owner.queryForObject("SELECT MAX(id) FROM audit_event WHERE action = ?", Long.class, action);
    }

    private LocalDateTime nowUtc() {
        return owner.queryForObject("SELECT UTC_TIMESTAMP(6)", LocalDateTime.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "TRUNCATE TABLE audit_event",
            "DROP TRIGGER audit_event_no_update",
            "DROP TRIGGER audit_event_no_delete",
            "DROP TRIGGER audit_event_server_time",
            "UPDATE audit_event SET detail = 'rewritten'",
            "DELETE FROM audit_event",
            "CREATE TABLE audit_event_swap LIKE audit_event",
            "RENAME TABLE audit_event TO audit_event_old, app_user TO audit_event",
            "ALTER TABLE audit_event RENAME TO audit_event_old",
            "DROP TABLE audit_event",
            "ALTER TABLE audit_answer DROP SYSTEM VERSIONING",
            "DELETE HISTORY FROM audit_answer",
            "DELETE HISTORY FROM audit_answer BEFORE SYSTEM_TIME '2999-01-01 00:00:00'",
            "TRUNCATE TABLE audit_answer",
            "UPDATE retention_setting SET months = 12",
            "DELETE FROM retention_setting",
            "DROP PROCEDURE audit_event_purge",
            "CREATE PROCEDURE audit_event_wipe() DELETE FROM audit_event",
            "GRANT DELETE ON audit_event TO CURRENT_USER",
            "LOCK TABLES audit_event WRITE",
            "CREATE TRIGGER audit_event_rewrite BEFORE INSERT ON audit_event FOR EACH ROW SET NEW.detail = 'x'",
            "DROP TRIGGER audit_reply_no_delete",
            "DROP TRIGGER audit_answer_server_time",
            "CALL retention_setting_set('audit_trail', 12, 'probe')",
            "CALL retention_setting_set('case_audit_text', 1, 'probe')",
            "CALL case_audit_anonymise(-1, @answers, @replies)"})
    void the_runtime_account_is_refused(String attack) throws SQLException {
        long before = trailRows();
        try (Statement st = runtime.createStatement()) {
            assertThatThrownBy(() -> st.execute(attack)).as(attack).isInstanceOf(SQLException.class);
        }
        assertThat(trailRows()).isGreaterThanOrEqualTo(before);
        assertThat(owner.queryForList(
                "SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() AND "
                + "EVENT_OBJECT_TABLE = 'audit_event'",
                String.class)).containsExactlyInAnyOrder("audit_event_no_update", "audit_event_no_delete",
                "audit_event_server_time");
    }

    @Test
    void the_runtime_account_may_read_and_append_to_the_trail() throws SQLException {
        try (Statement st = runtime.createStatement()) {
            st.executeUpdate(
                    "INSERT INTO audit_event (occurred_at, actor, action, outcome) VALUES (UTC_TIMESTAMP(6), "
                    + "'attack-test', 'RUNTIME_APPEND', 'SUCCESS')");
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM audit_event WHERE action = 'RUNTIME_APPEND'")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void a_backdated_insert_gets_the_servers_time() throws SQLException {
        try (Statement st = runtime.createStatement()) {
            st.executeUpdate(
                    "INSERT INTO audit_event (occurred_at, actor, action, outcome) VALUES ('2019-01-01 00:00:00', "
                    + "'attack-test', 'BACKDATED', 'SUCCESS')");
        }
        LocalDateTime stored = owner.queryForObject("SELECT occurred_at FROM audit_event WHERE action = 'BACKDATED'",
                LocalDateTime.class);
        assertThat(stored).isBetween(nowUtc().minusMinutes(1), nowUtc());
    }

    @Test
    void a_session_clock_moved_back_cannot_backdate_an_entry() throws SQLException {
        try (Statement st = runtime.createStatement()) {
            st.execute("SET timestamp = UNIX_TIMESTAMP('2019-01-01 00:00:00')");
            assertThatThrownBy(() -> st.executeUpdate("INSERT INTO audit_event (occurred_at, actor, action, outcome) "
                    + "VALUES (UTC_TIMESTAMP(6), 'attack-test', 'CLOCK_MOVED', 'SUCCESS')"))
                    .hasMessageContaining("clock");
        }
        assertThat(owner.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'CLOCK_MOVED'",
                Long.class)).isZero();
    }

    @Test
    void the_purge_takes_no_cut_off_and_keeps_everything_within_the_retention() throws SQLException {
        long thirtyMonths = entry("ATTACK_30_MONTHS", nowUtc().minusMonths(30));
        long thirteenMonths = entry("ATTACK_13_MONTHS", nowUtc().minusMonths(13));
        try (CallableStatement call = runtime.prepareCall("{call audit_event_purge(?, ?, ?)}")) {
            call.setTimestamp(1, Timestamp.valueOf(nowUtc()));
            call.registerOutParameter(2, Types.BIGINT);
            call.registerOutParameter(3, Types.TIMESTAMP);
            assertThatThrownBy(call::execute).isInstanceOf(SQLException.class);
        }
        for (String faked : List.of("SET @caseaudit_audit_purge_before = '2999-01-01'",
                "SET timestamp = UNIX_TIMESTAMP('2040-01-01')")) {
            try (Statement st = runtime.createStatement()) {
                st.execute(faked);
                try (CallableStatement call = runtime.prepareCall("{call audit_event_purge(?, ?)}")) {
                    call.registerOutParameter(1, Types.BIGINT);
                    call.registerOutParameter(2, Types.TIMESTAMP);
                    try {
                        call.execute();
                        assertThat(call.getTimestamp(2).toLocalDateTime()).as("cut-off after " + faked)
                                .isBefore(nowUtc().minusMonths(83));
                    } catch (SQLException refused) {
                        assertThat((Throwable) refused).hasMessageContaining("clock");
                    }
                }
                st.execute("SET timestamp = DEFAULT");
            }
        }
        assertThat(owner.queryForObject("SELECT COUNT(*) FROM audit_event WHERE id IN (?, ?)", Long.class,
                thirtyMonths, thirteenMonths)).as("entries 30 and 13 months old, retention 84 months").isEqualTo(2);
    }

    @Test
    void the_start_up_checks_warn_about_an_owner_account_and_unencrypted_tables_but_not_about_the_runtime_account()
            throws SQLException {
        // The test connection is the owner (the test server's account), on a server without encryption at rest.
        assertThat(checks.findings()).anySatisfy(f -> assertThat(f).contains("schema owner's privileges"))
                .anySatisfy(f -> assertThat(f).contains("innodb_encrypt_tables is OFF"));
        List<String> grants = new java.util.ArrayList<>();
        try (Statement st = runtime.createStatement(); ResultSet rs = st.executeQuery("SHOW GRANTS FOR CURRENT_USER")) {
            while (rs.next()) {
                grants.add(rs.getString(1));
            }
        }
        assertThat(grants).isNotEmpty();
        assertThat(ProductionChecks.ownerPrivileges(grants)).isEmpty();
    }

    @Test
    void the_runtime_account_has_no_schema_privileges() throws SQLException {
        try (Statement st = runtime.createStatement(); ResultSet rs = st.executeQuery("SHOW GRANTS FOR CURRENT_USER")) {
            while (rs.next()) {
                String grant = rs.getString(1);
                assertThat(grant).doesNotContain("ALL PRIVILEGES", "DROP", "ALTER", "TRIGGER", "DELETE HISTORY",
                        "CREATE", "INDEX");
                if (grant.contains("`audit_event`")) {
                    assertThat(grant).startsWith("GRANT SELECT, INSERT ON");
                }
            }
        }
    }
}
