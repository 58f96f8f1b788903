package org.caseaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseaudit.audit.AuditFixtures.as;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.caseaudit.IntegrationTest;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A save that InnoDB picks as a deadlock's victim is retried and commits, instead of reaching the auditor as an error.
 * The deadlock is made on purpose: another transaction, heavier (it has changed rows, so InnoDB rolls back the save,
 * not it), holds the audit's row, waits until the save's UPDATE, holding the answer's row, waits for the audit's, then
 * asks for the answer's row. The server's own deadlock counter shows that a deadlock did happen.
 */
@IntegrationTest
class AnswerDeadlockRetryTest {

    private static final String QUESTION = "chronology-on-file";

    @Autowired AuditService audits;
    @Autowired AuditTestSupport support;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;

    @Test
    void a_save_rolled_back_as_a_deadlock_victim_is_retried_and_commits() throws Exception {
        long cycle = support.newCycle();
        long auditId = support.assign(cycle, "auditor", null);
        support.start(auditId, "auditor", Roles.AUDITOR);
        AnswerState first = as("auditor", () -> audits.saveAnswer(auditId, new AnswerInput(QUESTION, "No",
                "first save", "ref", null, audits.answer(auditId, QUESTION).version())), Roles.AUDITOR);
        long answerId = jdbc.queryForObject("select id from audit_answer where case_audit_id = ? and question_key = ?",
                Long.class, auditId, QUESTION);
        jdbc.execute("create table if not exists deadlock_weight (id int primary key, n int not null)");
        jdbc.update("delete from deadlock_weight");
        jdbc.update("insert into deadlock_weight (id, n) select seq, 0 from seq_1_to_50");
        long deadlocksBefore = deadlocks();

        ExecutorService saver = Executors.newSingleThreadExecutor();
        AnswerState saved;
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                s.executeUpdate("update deadlock_weight set n = n + 1");
                s.executeQuery("select id from case_audit where id = " + auditId + " for update").close();
            }
            // a thread of its own: the common pool may be busy with other tests' work (one thread on two cores)
            CompletableFuture<AnswerState> save = CompletableFuture.supplyAsync(() -> as("auditor",
                    () -> audits.saveAnswer(auditId, new AnswerInput(QUESTION, "Yes", "saved through a deadlock", "ref",
                            null, first.version())), Roles.AUDITOR), saver);
            awaitLockWait(save);
            try (PreparedStatement lockAnswer = other.prepareStatement(
                    "select id from audit_answer where id = ? for update")) {
                lockAnswer.setLong(1, answerId);
                lockAnswer.executeQuery().close(); // the save holds it and waits for the audit: InnoDB ends the save
            }
            other.rollback();
            saved = save.get(30, TimeUnit.SECONDS);
        } finally {
            saver.shutdownNow();
        }
        assertThat(deadlocks()).as("deadlocks the server detected").isEqualTo(deadlocksBefore + 1);
        assertThat(saved.value()).isEqualTo("Yes");
        assertThat(saved.version()).isEqualTo(first.version() + 1);
        AnswerState stored = as("auditor", () -> audits.answer(auditId, QUESTION), Roles.AUDITOR);
        assertThat(stored.evidenceNote()).isEqualTo("saved through a deadlock");
        assertThat(stored.version()).isEqualTo(saved.version());
    }

    private long deadlocks() {
        return jdbc.queryForObject("select variable_value from information_schema.global_status"
                + " where variable_name = 'INNODB_DEADLOCKS'", Long.class);
    }

    /** Until some transaction waits for a lock (the save, waiting for the audit's row). */
    private void awaitLockWait(CompletableFuture<AnswerState> save) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(45);
        while (System.nanoTime() < until) {
            if (save.isDone()) {
                throw new AssertionError("the save ended without waiting for the audit's row: " + save.get());
            }
            Integer waiting = jdbc.queryForObject("select count(*) from information_schema.innodb_trx"
                    + " where trx_state = 'LOCK WAIT'", Integer.class);
            if (waiting != null && waiting > 0) {
                return;
            }
            // information_schema.innodb_trx is a cache InnoDB refreshes only after 0.1 s without a read: polled
            // more often it never showed the wait, and the test was skipped in every whole run
            Thread.sleep(150);
        }
        // the deadlock could not be set up (seen rarely on a loaded machine: the save did not reach the lock in time);
        // the test is then skipped, not passed, and says what the server's threads were doing
        Assumptions.abort("the save never waited for the audit's row; the server's threads: "
                + jdbc.queryForList("select id, command, state, info from information_schema.processlist"
                + " where command <> 'Sleep'"));
    }
}
