package org.caseaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseaudit.audit.AuditFixtures.as;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.caseaudit.IntegrationTest;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 50 threads save answers to 5 shared audits through the service, many rounds, on MariaDB. Each save either commits
 * or is refused as a conflict; the final state equals the committed saves replayed in version order (versions run
 * 1..n with no gap, so no committed save was overwritten unseen) and the history holds one entry per committed save.
 */
@IntegrationTest
class AnswerConcurrencyTest {

    private static final int THREADS = 50;
    private static final int AUDITS = 5;
    private static final int ROUNDS = 25;
    private static final List<String> QUESTIONS = List.of("police-coordination", "chronology-on-file",
            "case-history-on-file");
    private static final List<String> VALUES = List.of("Yes", "Partly", "No", "Not applicable");

    @Autowired AuditService audits;
    @Autowired AuditTestSupport support;
    @Autowired JdbcTemplate jdbc;

    record Committed(long auditId, String question, long version, String value, String note) {
    }

    @Test
    void every_save_commits_or_conflicts_and_no_committed_save_is_lost() throws Exception {
        long cycle = support.newCycle();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < AUDITS; i++) {
            long id = support.assign(cycle, "auditor", null);
            support.start(id, "auditor", Roles.AUDITOR);
            ids.add(id);
        }
        Queue<Committed> committed = new ConcurrentLinkedQueue<>();
        AtomicInteger conflicts = new AtomicInteger();
        Queue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                for (int round = 0; round < ROUNDS; round++) {
                    long id = ids.get((thread + round) % AUDITS);
                    String question = QUESTIONS.get((thread * 7 + round) % QUESTIONS.size());
                    String value = VALUES.get((thread + round * 3) % VALUES.size());
                    String note = "thread " + thread + " round " + round;
                    try {
                        AnswerState saved = as("auditor", () -> {
                            AnswerState seen = audits.answer(id, question);
                            return audits.saveAnswer(id, new AnswerInput(question, value, note, "ref " + thread, null,
                                    seen.version()));
                        }, Roles.AUDITOR);
                        committed.add(new Committed(id, question, saved.version(), saved.value(),
                                saved.evidenceNote()));
                    } catch (AnswerConflictException e) {
                        conflicts.incrementAndGet();
                    } catch (Throwable e) {
                        unexpected.add(e);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(unexpected).as("saves that neither committed nor conflicted").isEmpty();
        assertThat(committed.size() + conflicts.get()).isEqualTo(THREADS * ROUNDS);
        assertThat(conflicts.get()).as("the test must provoke conflicts").isPositive();

        Map<String, List<Committed>> byAnswer = new ConcurrentHashMap<>();
        committed.forEach(c -> byAnswer.computeIfAbsent(c.auditId() + "/" + c.question(),
                k -> new ArrayList<>()).add(c));
        for (long id : ids) {
            for (String question : QUESTIONS) {
                List<Committed> saves = new ArrayList<>(byAnswer.getOrDefault(id + "/" + question, List.of()));
                saves.sort(Comparator.comparingLong(Committed::version));
                AnswerState stored = as("auditor", () -> audits.answer(id, question), Roles.AUDITOR);
                assertThat(saves).extracting(Committed::version).as("versions of %s/%s", id, question)
                        .containsExactlyElementsOf(LongStream.rangeClosed(1, saves.size()).boxed().toList());
                if (!saves.isEmpty()) {
                    Committed last = saves.getLast();
                    assertThat(stored.version()).isEqualTo(last.version());
                    assertThat(stored.value()).isEqualTo(last.value());
                    assertThat(stored.evidenceNote()).isEqualTo(last.note());
                }
                // the system versions of the row: the one created with the audit, then one per committed save
                Integer history = jdbc.queryForObject("select count(*) - 1 from audit_answer for system_time all"
                        + " where case_audit_id = ? and question_key = ?", Integer.class, id, question);
                assertThat(history).as("history entries of %s/%s", id, question).isEqualTo(saves.size());
            }
        }
    }
}
