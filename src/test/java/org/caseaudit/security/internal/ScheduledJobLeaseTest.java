package org.caseaudit.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.caseaudit.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The nightly purge runs on one node only: while another node holds the job's lease (a row in {@code shedlock}, timed
 * by the database server) this node's run does nothing; once the lease has expired this node takes it and runs.
 */
@IntegrationTest
class ScheduledJobLeaseTest {

    private static final String JOB = "audit-trail-purge";

    @Autowired AuditTrailRetention retention;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void releaseTheLease() {
        jdbc.update("delete from shedlock where name = ?", JOB);
    }

    @Test
    void a_run_while_another_node_holds_the_lease_does_nothing_and_a_run_after_it_expires_runs_once() {
        jdbc.update("delete from shedlock where name = ?", JOB);
        jdbc.update("insert into shedlock (name, lock_until, locked_at, locked_by)"
                + " values (?, current_timestamp(3) + interval 10 minute, current_timestamp(3), 'other-node')", JOB);
        long before = purges();

        retention.purgeOnSchedule();
        assertThat(purges()).as("purges recorded while another node holds the lease").isEqualTo(before);
        assertThat(holder()).isEqualTo("other-node");

        jdbc.update("update shedlock set lock_until = current_timestamp(3) - interval 1 second where name = ?", JOB);
        retention.purgeOnSchedule();
        assertThat(purges()).as("purges recorded once the lease expired").isEqualTo(before + 1);
        assertThat(holder()).as("the lease's holder").isNotEqualTo("other-node");
        // held at least a minute after the run, so a node whose schedule fires a little later does not run it again
        Boolean stillHeld = jdbc.queryForObject("select lock_until > current_timestamp(3) from shedlock where name = ?",
                Boolean.class, JOB);
        assertThat(stillHeld).isTrue();
        retention.purgeOnSchedule();
        assertThat(purges()).as("a second node's run within the minute").isEqualTo(before + 1);
    }

    private long purges() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'AUDIT_TRAIL_PURGED'", Long.class);
    }

    private String holder() {
        return jdbc.queryForObject("select locked_by from shedlock where name = ?", String.class, JOB);
    }
}
