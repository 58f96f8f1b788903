package org.caseaudit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.caseaudit.IntegrationTest;
import org.caseaudit.security.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * src/main/resources/spring.properties: a write with a null bound without a SQL type costs no server-side PREPARE
 * (JdbcTemplate would otherwise ask MariaDB Connector/J for the statement's parameter metadata every time).
 */
@IntegrationTest
class JdbcNullParametersTest {

    private static final String PREPARES =
            "SELECT VARIABLE_VALUE FROM information_schema.SESSION_STATUS WHERE VARIABLE_NAME = 'COM_STMT_PREPARE'";

    @Autowired JdbcTemplate jdbc;
    @Autowired AuditTrail trail;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void a_write_with_untyped_nulls_sends_no_prepare_and_stores_the_nulls() {
        long[] prepares = new TransactionTemplate(transactions).execute(status -> {
            long before = jdbc.queryForObject(PREPARES, Long.class);
            // no target id, detail or remote address: three untyped nulls
            trail.record("null-check", "JDBC_NULL_CHECK", "database", null, null, null, AuditTrail.Outcome.SUCCESS);
            long after = jdbc.queryForObject(PREPARES, Long.class);
            return new long[] {before, after};
        });

        assertThat(prepares[1]).as("server-side prepares while writing").isEqualTo(prepares[0]);
        java.util.Map<String, Object> row = jdbc.queryForMap("SELECT actor, target_id, detail, remote_address"
                + " FROM audit_event WHERE action = 'JDBC_NULL_CHECK'");
        assertThat(row.get("actor")).isEqualTo("null-check");
        assertThat(row.get("target_id")).isNull();
        assertThat(row.get("detail")).isNull();
        assertThat(row.get("remote_address")).isNull();
    }
}
