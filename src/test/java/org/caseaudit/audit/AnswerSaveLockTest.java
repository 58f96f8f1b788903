package org.caseaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseaudit.audit.AuditFixtures.as;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.caseaudit.IntegrationTest;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit's shared lock as answer saves hold it, on MariaDB: a save under way holds off a transition (which takes
 * the exclusive lock) but not saves of other answers, and a save that reaches the audit after a submission committed
 * is refused and stores nothing. Holds however the save takes the lock (a locking read, or its UPDATE).
 */
@IntegrationTest
class AnswerSaveLockTest {

    @Autowired AuditService audits;
    @Autowired AuditTestSupport support;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    // threads of its own: the common pool may have a single thread (2 cores), which one blocked task would hold
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private long startedAudit() {
        long id = support.assign(support.newCycle(), "auditor", null);
        support.start(id, "auditor", Roles.AUDITOR);
        return id;
    }

    private AnswerState save(long id, String question, String value, String note) {
        return as("auditor", () -> audits.saveAnswer(id, new AnswerInput(question, value, note, null, null,
                audits.answer(id, question).version())), Roles.AUDITOR);
    }

    @Test
    void a_save_under_way_holds_off_a_transition_but_not_saves_of_other_answers() throws Exception {
        long id = startedAudit();
        CountDownLatch saved = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // a save whose transaction stays open until released (saveAnswer joins the surrounding transaction)
        CompletableFuture<Void> slowSave = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
                .executeWithoutResult(status -> {
                    save(id, "chronology-on-file", "Yes", "slow save");
                    saved.countDown();
                    await(release);
                }), threads);
        assertThat(saved.await(30, TimeUnit.SECONDS)).as("the slow save reached its commit").isTrue();

        // a save of another answer goes through beside it ...
        AnswerState other = CompletableFuture.supplyAsync(() -> save(id, "police-coordination", "No", "beside it"),
                threads).get(30, TimeUnit.SECONDS);
        assertThat(other.value()).isEqualTo("No");
        // ... while a transition's exclusive lock waits for it (and, queued, would hold off saves that come later)
        CompletableFuture<String> transition = CompletableFuture.supplyAsync(() -> new TransactionTemplate(transactions)
                .execute(status -> jdbc.queryForObject("SELECT status FROM case_audit WHERE id = ? FOR UPDATE",
                        String.class, id)), threads);
        assertThatThrownBy(() -> transition.get(1, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class);

        release.countDown();
        slowSave.get(30, TimeUnit.SECONDS);
        assertThat(transition.get(30, TimeUnit.SECONDS)).isEqualTo("IN_PROGRESS");
    }

    @Test
    void a_save_that_reaches_the_audit_after_a_submission_is_refused_and_stores_nothing() throws Exception {
        long id = startedAudit();
        AnswerState before = save(id, "chronology-on-file", "Yes", "before the submission");
        int history = history(id);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // a submission under way: the audit's exclusive lock held, its status changed, not yet committed
        CompletableFuture<Void> submission = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
                .executeWithoutResult(status -> {
                    jdbc.queryForObject("SELECT id FROM case_audit WHERE id = ? FOR UPDATE", Long.class, id);
                    jdbc.update("UPDATE case_audit SET status = 'SUBMITTED' WHERE id = ?", id);
                    locked.countDown();
                    await(release);
                }), threads);
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<AnswerState> late = CompletableFuture.supplyAsync(() -> as("auditor",
                () -> audits.saveAnswer(id, new AnswerInput("chronology-on-file", "No", "after the submission", null,
                        null, before.version())), Roles.AUDITOR), threads);
        assertThatThrownBy(() -> late.get(1, TimeUnit.SECONDS)).as("the save waits for the submission")
                .isInstanceOf(TimeoutException.class);
        release.countDown();
        submission.get(30, TimeUnit.SECONDS);

        assertThatThrownBy(() -> late.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(AuditStateException.class).hasMessageContaining("submitted");
        AnswerState stored = as("auditor", () -> audits.answer(id, "chronology-on-file"), Roles.AUDITOR);
        assertThat(stored.value()).isEqualTo("Yes");
        assertThat(stored.version()).isEqualTo(before.version());
        assertThat(history(id)).isEqualTo(history);
    }

    private int history(long id) {
        return jdbc.queryForObject("SELECT count(*) FROM audit_answer FOR SYSTEM_TIME ALL WHERE case_audit_id = ?",
                Integer.class, id);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
