package org.caseaudit.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caseaudit.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What running on a Galera cluster asks of the schema: every table has a primary key (Galera replicates row events by
 * key; a table without one replicates slowly or not at all under parallel apply).
 */
@IntegrationTest
class ClusterSafetyTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void every_table_has_a_primary_key() {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables"
                + " where table_schema = database() and table_type in ('BASE TABLE', 'SYSTEM VERSIONED')",
                String.class);
        assertThat(tables).as("tables in the schema").hasSizeGreaterThan(20).contains("shedlock", "audit_answer");
        List<String> withoutKey = jdbc.queryForList("""
                select t.table_name from information_schema.tables t
                where t.table_schema = database() and t.table_type in ('BASE TABLE', 'SYSTEM VERSIONED')
                  and not exists (select 1 from information_schema.table_constraints c
                                  where c.table_schema = t.table_schema and c.table_name = t.table_name
                                    and c.constraint_type = 'PRIMARY KEY')
                order by t.table_name""", String.class);
        assertThat(withoutKey).as("tables without a primary key").isEmpty();
    }
}
