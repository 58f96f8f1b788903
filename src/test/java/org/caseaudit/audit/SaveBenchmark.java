package org.caseaudit.audit;

import static org.caseaudit.audit.AuditFixtures.as;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.caseaudit.Application;
import org.caseaudit.security.Roles;
import org.caseaudit.templates.QuestionDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test: a benchmark. 50 simulated auditors, each on their own audit, save answers through
 * {@link AuditService#saveAnswer} (security, the checks, shared lock on the audit, version check, history) and in the
 * same run the same threads do a bare transactional UPDATE of the same answer rows (of the same table: the history,
 * kept by the system-versioned table, comes with any UPDATE). Prints latency percentiles and the p95 ratio (target
 * at most 2x): after a warm-up of every mode, three interleaved rounds, each mode's figure the median of its rounds'
 * p95. Uses its own database, dropped and recreated:
 * {@code -DTEST_DB_URL=...} (default jdbc:mariadb://127.0.0.1:3306/caseaudit_audit_bench).
 * <p>
 * Run: {@code ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt} then
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.caseaudit.audit.SaveBenchmark [saves]}.
 */
public final class SaveBenchmark {

    private static final Logger log = LoggerFactory.getLogger(SaveBenchmark.class);
    private static final int AUDITORS = 50;
    private static final int ROUNDS = 3;

    private SaveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        run(args);
        // the application context leaves a non-daemon thread behind (Vaadin's process executor): end the program
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        int saves = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        if (System.getProperty("TEST_DB_URL") == null && System.getenv("TEST_DB_URL") == null) {
            System.setProperty("TEST_DB_URL", "jdbc:mariadb://127.0.0.1:3306/caseaudit_audit_bench");
        }
        // as command-line arguments: default properties (SpringApplicationBuilder.properties) lose to
        // application.properties (server.port=8080, so the run failed whenever 8080 was taken) and to the test
        // profile (caseaudit.demo-data=true)
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--server.port=0", "--caseaudit.demo-data=false",
                "--spring.datasource.hikari.maximum-pool-size=20")) {
            AuditService service = ctx.getBean(AuditService.class);
            TestCases cases = ctx.getBean(TestCases.class);
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            TransactionTemplate tx = new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class));

            long cycle = ctx.getBean(AuditTestSupport.class).newCycle();
            List<Long> audits = new ArrayList<>();
            for (int i = 0; i < AUDITORS; i++) {
                String reference = "B-" + i;
                long caseId = cases.add(AuditFixtures.s47Case(reference));
                String auditor = "bench-" + i;
                long id = as("lead", () -> service.assign(List.of(new AuditAssignment(cycle, caseId, reference,
                        "s47-enquiry", 1, auditor, null, true, LocalDate.of(2026, 12, 1)))),
                        Roles.AUDIT_LEAD).getFirst();
                as(auditor, () -> {
                    // a first save starts the audit (opening does not); this one changes nothing
                    String first = service.open(id).template().questions().findFirst().orElseThrow().id();
                    return service.saveAnswer(id, new AnswerInput(first, null, null, null, null, 0));
                }, Roles.AUDITOR);
                audits.add(id);
            }
            List<String> questions = as("bench-0", () -> service.open(audits.getFirst()), Roles.AUDITOR).template()
                    .questions().filter(q -> q.scale().isCompliance()).map(QuestionDefinition::id).limit(10).toList();

            int warm = Math.max(20, saves / 2);
            for (Mode mode : Mode.values()) {
                run("warm-up", warm, audits, questions, service, jdbc, tx, mode);
            }
            // interleaved rounds, so that a slower or faster spell of the machine falls on every mode alike; each
            // mode's figure is the median of its rounds' p95
            List<Long> bare = new ArrayList<>();
            List<Long> path = new ArrayList<>();
            List<Long> raw = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                bare.add(pct(run("bare UPDATE " + round, saves, audits, questions, service, jdbc, tx, Mode.BARE), 95));
                path.add(pct(run("save path " + round, saves, audits, questions, service, jdbc, tx, Mode.SERVICE), 95));
                raw.add(pct(run("raw same work " + round, saves, audits, questions, service, jdbc, tx,
                        Mode.RAW_SAME_WORK), 95));
            }
            long bareP95 = median(bare);
            long pathP95 = median(path);
            double ratio = (double) pathP95 / bareP95;
            log.warn(String.format("p95, median of %d rounds: save path %.1f ms, bare UPDATE %.1f ms, raw same work"
                    + " %.1f ms", ROUNDS, pathP95 / 1e6, bareP95 / 1e6, median(raw) / 1e6));
            log.warn(String.format("p95 ratio save path / bare UPDATE: %.2fx (target at most 2x)", ratio));
            log.warn(String.format("p95 ratio save path / raw JDBC doing the same statements: %.2fx (informative: one"
                    + " read and the locked UPDATE, in one transaction)", (double) pathP95 / median(raw)));
            new org.caseaudit.benchmarks.BenchmarkResult("save answer p95, " + AUDITORS + " auditors",
                    String.format("p95 %.1f ms", pathP95 / 1e6), String.format("bare UPDATE p95 %.1f ms",
                    bareP95 / 1e6),
                    ratio, 2.0, "median p95 of " + ROUNDS + " interleaved rounds; save = security, checks, shared"
                    + " lock, version check, history (system-versioned)").print();
        }
    }

    /** How a save is made: plain UPDATE; through the service; the service's statements with plain JDBC. */
    private enum Mode { BARE, SERVICE, RAW_SAME_WORK }

    private static long[] run(String label, int saves, List<Long> audits, List<String> questions, AuditService service,
            JdbcTemplate jdbc, TransactionTemplate tx, Mode mode) throws Exception {
        boolean throughService = mode == Mode.SERVICE;
        long[] nanos = new long[AUDITORS * saves];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(AUDITORS);
        List<Future<?>> futures = new ArrayList<>();
        String[] values = {"Yes", "No", "Partly", "Not applicable"};
        for (int t = 0; t < AUDITORS; t++) {
            int thread = t;
            long auditId = audits.get(t);
            futures.add(pool.submit(() -> {
                // like the workspace, each auditor keeps the version of every answer it last saw
                java.util.Map<String, Long> versions = new java.util.HashMap<>();
                if (throughService) {
                    for (String q : questions) {
                        versions.put(q, as("bench-" + thread, () -> service.answer(auditId, q),
                                Roles.AUDITOR).version());
                    }
                }
                start.await();
                for (int i = 0; i < saves; i++) {
                    String question = questions.get(i % questions.size());
                    String value = values[(i / questions.size() + thread) % 2 == 0 ? 0 : 1];
                    String note = "bench " + label + " " + thread + "/" + i;
                    long begin = System.nanoTime();
                    try {
                        if (throughService) {
                            AnswerState saved = as("bench-" + thread, () -> service.saveAnswer(auditId,
                                    new AnswerInput(question, value, note, null, null, versions.get(question))),
                                    Roles.AUDITOR);
                            versions.put(question, saved.version());
                        } else if (mode == Mode.RAW_SAME_WORK) {
                            tx.executeWithoutResult(status -> rawSave(jdbc, auditId, "bench-" + thread, question,
                                    value, note));
                        } else {
                            tx.executeWithoutResult(status -> jdbc.update("UPDATE audit_answer SET answer_value = ?,"
                                    + " evidence_note = ?, updated_at = ?, version = version + 1"
                                    + " WHERE case_audit_id = ? AND question_key = ?", value, note,
                                    java.sql.Timestamp.from(Instant.now()), auditId, question));
                        }
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                    }
                    nanos[next.getAndIncrement()] = System.nanoTime() - begin;
                }
                return null;
            }));
        }
        long began = System.nanoTime();
        long cpuBefore = processCpuNanos();
        long dbBefore = databaseCpuNanos();
        start.countDown();
        for (Future<?> f : futures) {
            f.get();
        }
        long elapsed = System.nanoTime() - began;
        long cpu = processCpuNanos() - cpuBefore;
        long db = databaseCpuNanos() - dbBefore;
        pool.shutdown();
        Arrays.sort(nanos);
        log.warn(String.format("%-18s %d auditors x %d saves: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms,"
                        + " %.0f saves/s, %d failed; CPU per save: this JVM %.0f us, mariadbd %s", label,
                        AUDITORS, saves,
                pct(nanos, 50) / 1e6, pct(nanos, 95) / 1e6, pct(nanos, 99) / 1e6, nanos[nanos.length - 1] / 1e6,
                nanos.length / (elapsed / 1e9), failures.get(), cpu / 1e3 / nanos.length,
                db < 0 ? "unknown" : String.format("%.0f us (whole server)", db / 1e3 / nanos.length)));
        return nanos;
    }

    /**
     * What the save path sends, with plain JDBC: the read of the answer with its audit's state, then the UPDATE joined
     * to the audit (its shared lock, the version and status checks; the system-versioned table keeps the replaced
     * version as part of it).
     */
    private static void rawSave(JdbcTemplate jdbc, long auditId, String user, String question, String value,
            String note) {
        java.util.Map<String, Object> row = jdbc.queryForMap("""
                SELECT ans.id, ans.answer_value, ans.evidence_note, ans.file_reference, ans.derivation,
                       ans.derived_value, ans.derived_provenance, ans.override_reason, ans.version, ans.updated_by,
                       ans.updated_at, a.auditor, a.status, a.template_key, a.template_version
                FROM audit_answer ans JOIN case_audit a ON a.id = ans.case_audit_id
                WHERE ans.case_audit_id = ? AND ans.question_key = ?""", auditId, question);
        long answerId = ((Number) row.get("id")).longValue();
        long version = ((Number) row.get("version")).longValue();
        int updated = jdbc.update("""
                UPDATE audit_answer ans JOIN case_audit a ON a.id = ans.case_audit_id
                SET ans.answer_value = ?, ans.evidence_note = ?, ans.file_reference = ?, ans.override_reason = ?,
                    ans.updated_at = ?, ans.updated_by = ?, ans.version = ans.version + 1
                WHERE ans.id = ? AND ans.version = ? AND a.status = 'IN_PROGRESS'""",
                new Object[] {value, note, null, null, java.time.LocalDateTime.now(java.time.ZoneOffset.UTC), user,
                        answerId, version},
                new int[] {java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR,
                        java.sql.Types.VARCHAR, java.sql.Types.TIMESTAMP, java.sql.Types.VARCHAR, java.sql.Types.BIGINT,
                        java.sql.Types.BIGINT});
        if (updated != 1) {
            throw new IllegalStateException("conflict");
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU time of a local mariadbd (utime + stime from /proc), or -1 when there is none to read. */
    private static long databaseCpuNanos() {
        try (var procs = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
            for (java.nio.file.Path p : (Iterable<java.nio.file.Path>) procs::iterator) {
                if (!p.getFileName().toString().chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    if (!"mariadbd".equals(java.nio.file.Files.readString(p.resolve("comm")).strip())) {
                        continue;
                    }
                    String stat = java.nio.file.Files.readString(p.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L; // clock ticks of 10 ms
                } catch (java.io.IOException | RuntimeException e) {
                    // a process that ended meanwhile, or not ours to read
                }
            }
        } catch (java.io.IOException e) {
            return -1;
        }
        return -1;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
