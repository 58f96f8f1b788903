package org.caseaudit.cases;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.caseaudit.Application;
import org.caseaudit.benchmarks.BenchmarkResult;
import org.caseaudit.calendar.Measure;
import org.caseaudit.calendar.MeasureStatus;
import org.caseaudit.calendar.TimescaleEvaluator;
import org.caseaudit.calendar.TimescaleService;
import org.caseaudit.cases.internal.CaseRecordEntity;
import org.caseaudit.cases.internal.CaseRecordRepository;
import org.caseaudit.cases.internal.CaseWriterAccess;
import org.caseaudit.shared.council.CouncilScope;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark, not a test (issue 25, decision 0015): 10 councils of 100,000 cases (1,000,000) written straight into the
 * register with batched INSERTs, their timescale statuses stored by the application's own refresh; then, for one
 * council, each against a bare SQL query returning the same rows in the same run (median of rounds after warm-up):
 * the deadline monitor, the register's status filter (first page), the export of the council's 100,000 cases; and
 * the import rate of 100,000 new cases beside the million, against the single-council figure of docs/benchmarks.md.
 *
 * <p>Run: {@code scripts/benchmarks.sh scale} (or {@code ... org.caseaudit.cases.ScaleBenchmark [councils] [cases
 * per council]}); drops and recreates the database in {@code BENCH_DB_URL} (default
 * jdbc:mariadb://127.0.0.1:3306/caseaudit_scale_bench).
 */
public final class ScaleBenchmark {

    /** The import path's rate in the single-council benchmark (docs/benchmarks.md, "Import benchmark"). */
    private static final double SINGLE_COUNCIL_IMPORT_RATE = 9_300;
    private static final int ROUNDS = 7;
    private static final int WARM_UP = 2;

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        run(args);
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        int councils = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int perCouncil = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        String url = System.getenv().getOrDefault("BENCH_DB_URL", "jdbc:mariadb://127.0.0.1:3306/caseaudit_scale_bench");
        System.setProperty("spring.profiles.active", "test");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .properties("logging.level.root=warn")
                .run("--server.port=0", "--caseaudit.demo-data=false", "--TEST_DB_URL=" + url)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            TimescaleStatusStore store = context.getBean(TimescaleStatusStore.class);
            Clock clock = context.getBean(Clock.class);
            LocalDate today = LocalDate.now(clock);
            SecurityContextHolder.getContext().setAuthentication(
                    new TestingAuthenticationToken("lead", null, "ROLE_AUDIT_LEAD"));

            // 1. load: councils 2..N+1 (council 1 holds the test fixture's register), bulk INSERTs, no import engine
            long loadStart = System.nanoTime();
            Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
            for (int k = 0; k < councils; k++) {
                long council = k + 2;
                jdbc.update("INSERT INTO council (id, code, name, created_at) VALUES (?, ?, ?, UTC_TIMESTAMP(6))",
                        council, "BENCH" + council, "Benchmark council " + council);
                Iterator<CaseData> cases = new SyntheticCaseGenerator(council, today, 14, "B" + council + "-")
                        .iterator(perCouncil);
                tx.executeWithoutResult(s -> {
                    List<CaseData> batch = new ArrayList<>(1000);
                    while (cases.hasNext()) {
                        batch.add(cases.next());
                        if (batch.size() == 1000 || !cases.hasNext()) {
                            CaseWriterAccess.bulkInsert(jdbc, council, "bench", batch, now);
                            batch.clear();
                        }
                    }
                });
            }
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            long total = (long) councils * perCouncil;
            System.out.printf(Locale.ROOT, "Scale: loaded %,d cases in %d councils in %.0f s (%,.0f rows/s, bulk INSERT)%n",
                    total, councils, loadSeconds, total / loadSeconds);

            // 2. stored statuses: the application's whole-council refresh (what a rule or calendar change costs)
            List<Double> refreshSeconds = new ArrayList<>();
            for (int k = 0; k < councils; k++) {
                long start = System.nanoTime();
                store.current(k + 2L);
                refreshSeconds.add((System.nanoTime() - start) / 1e9);
            }
            Collections.sort(refreshSeconds);
            double refresh = refreshSeconds.get(refreshSeconds.size() / 2);
            System.out.printf(Locale.ROOT, "Scale: whole-council refresh of %,d cases: median %.1f s (%,.0f cases/s),"
                    + " all %s%n", perCouncil, refresh, perCouncil / refresh, refreshSeconds);

            long council = 2 + councils / 2;
            DeadlineMonitorService monitor = context.getBean(DeadlineMonitorService.class);
            CaseRegisterService register = context.getBean(CaseRegisterService.class);
            LocalDate horizon = context.getBean(org.caseaudit.calendar.WorkingDayService.class)
                    .addWorkingDays(today, 10).end();
            LocalDate liveSince = today.minusMonths(DeadlineMonitorService.LIVE_MONTHS_AFTER_END);
            List<BenchmarkResult> results = new ArrayList<>();

            // 3a. deadline monitor, 10 working days, whole council
            int[] rows = new int[2];
            long monitorTime = median(() -> CouncilScope.call(council, () -> {
                rows[0] = monitor.deadlines(10, null).size();
                return 0;
            }));
            long monitorBare = median(() -> {
                rows[1] = jdbc.query(DeadlineMonitorService.SQL.replace("SELECT s.case_id, s.measure, s.status, s.due_date",
                                "SELECT s.case_id, s.measure, s.status, s.due_date, c.case_reference, c.team"),
                        (rs, n) -> rs.getLong(1), council, java.sql.Date.valueOf(horizon),
                        java.sql.Date.valueOf(liveSince)).size();
                return 0;
            });
            check("deadline monitor", rows);
            results.add(result("scale: deadline monitor, 1 of " + councils, monitorTime, monitorBare, 2.0,
                    rows[0] + " deadlines (10 working days) of " + perCouncil + " cases; bare: the same rows with"
                            + " reference and team"));

            // 3b. register status filter, first page
            CaseFilter overdue = CaseFilter.all().withMeasure(Measure.ICPC, MeasureStatus.OVERDUE);
            long filterTime = median(() -> CouncilScope.call(council, () -> {
                rows[0] = register.find(overdue, PageRequest.of(0, 50)).size();
                return 0;
            }));
            long filterBare = median(() -> {
                rows[1] = jdbc.queryForList("SELECT c.* FROM case_timescale_status s JOIN case_record c ON c.id = s.case_id"
                        + " WHERE s.council_id = ? AND s.measure = 'ICPC' AND s.status = 'OVERDUE'"
                        + " ORDER BY s.case_reference, s.source LIMIT 50", council).size();
                return 0;
            });
            check("status filter", rows);
            long countTime = median(() -> CouncilScope.call(council, () -> register.count(overdue)));
            results.add(result("scale: status filter page, 1 of " + councils, filterTime, filterBare, 2.0,
                    "ICPC overdue, first 50 in register order; the view's count of all matches: "
                            + ms(countTime) + " (" + CouncilScope.call(council, () -> register.count(overdue)) + ")"));

            // informative: the same first page computed per request, as before the stored statuses
            long before = System.nanoTime();
            int computed = CouncilScope.call(council, () -> computedFilter(context, council, today).size());
            long beforeTime = System.nanoTime() - before;
            System.out.printf(Locale.ROOT, "Scale: before (every case evaluated per request, 1 council): %s for %d"
                    + " matches%n", ms(beforeTime), computed);

            // 3c. export of the council's cases
            long exportTime = median(3, 1, () -> CouncilScope.call(council, () -> {
                rows[0] = (int) register.export(CaseFilter.all(), CaseRegisterService.ExportFormat.CSV,
                        OutputStream.nullOutputStream());
                return 0;
            }));
            long exportBare = median(3, 1, () -> {
                int[] n = {0};
                jdbc.query(con -> {
                    var ps = con.prepareStatement("SELECT * FROM case_record WHERE council_id = ?");
                    ps.setFetchSize(1000);
                    ps.setLong(1, council);
                    return ps;
                }, rs -> {
                    int columns = rs.getMetaData().getColumnCount();
                    for (int i = 1; i <= columns; i++) {
                        rs.getString(i);
                    }
                    n[0]++;
                });
                rows[1] = n[0];
                return 0;
            });
            check("export", rows);
            results.add(result("scale: export CSV, 1 of " + councils, exportTime, exportBare, 1.5,
                    rows[0] + " cases; bare: every column of the same rows read"));

            // 3d. import of 100,000 new cases beside the million (statuses refreshed in the import's transaction)
            Path dir = Files.createTempDirectory("caseaudit-scale");
            Path file = dir.resolve("import.csv");
            CaseExportWriter.writeShape(new SyntheticCaseGenerator(99, today, 14, "IMP-").iterator(perCouncil),
                    ExportShape.STANDARD, file);
            CaseImportService imports = context.getBean(CaseImportService.class);
            SecurityContextHolder.getContext().setAuthentication(
                    new TestingAuthenticationToken("admin", null, "ROLE_ADMIN"));
            long importStart = System.nanoTime();
            ImportResult imported = CouncilScope.call(council, () -> imports.commit(
                    StagedFile.existing(file, "import.csv"), "standard", new ImportOptions("bench-import", true)));
            double importSeconds = (System.nanoTime() - importStart) / 1e9;
            if (imported.status() != ImportStatus.COMMITTED) {
                throw new IllegalStateException("import failed: " + imported.problems());
            }
            double rate = imported.counts().created() / importSeconds;
            results.add(new BenchmarkResult(String.format(Locale.ROOT, "scale: import beside %,d", total),
                    String.format(Locale.ROOT, "%,.0f rows/s", rate),
                    String.format(Locale.ROOT, "single council %,.0f rows/s (doc)", SINGLE_COUNCIL_IMPORT_RATE),
                    SINGLE_COUNCIL_IMPORT_RATE / rate, 1.0, imported.counts().created() + " new cases in "
                    + String.format(Locale.ROOT, "%.1f s", importSeconds) + ", statuses stored in the same transaction;"
                    + " ratio = documented rate / this rate"));
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);

            for (BenchmarkResult r : results) {
                System.out.printf(Locale.ROOT, "Scale: %s: %s vs %s, ratio %.2f (target %.2f)%n", r.name(), r.measured(),
                        r.baseline(), r.ratio(), r.target());
                r.print();
            }
        }
    }

    /** The register's status filter as it was: every case of the council evaluated, matches sorted, first page. */
    private static List<CaseFacts> computedFilter(ConfigurableApplicationContext context, long council, LocalDate today) {
        CaseRecordRepository cases = context.getBean(CaseRecordRepository.class);
        TimescaleEvaluator evaluator = context.getBean(TimescaleService.class).evaluator();
        return new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).execute(s -> {
            List<CaseFacts> matching = new ArrayList<>();
            org.springframework.data.jpa.domain.Specification<CaseRecordEntity> spec = CaseRegisterService
                    .spec(CaseFilter.all()).and((root, query, cb) -> cb.equal(root.get("councilId"), council));
            CaseRegisterService.pages(cases, spec).forEachRemaining(f -> {
                if (CaseTimescales.evaluate(evaluator, f.data(), today).result(Measure.ICPC).status() == MeasureStatus.OVERDUE) {
                    matching.add(f);
                }
            });
            matching.sort(java.util.Comparator.comparing((CaseFacts f) -> f.data().caseReference())
                    .thenComparing(CaseFacts::source));
            return matching.subList(0, Math.min(50, matching.size()));
        });
    }

    private static void check(String what, int[] rows) {
        if (rows[0] != rows[1]) {
            throw new IllegalStateException(what + ": " + rows[0] + " rows, bare query " + rows[1]);
        }
    }

    private static BenchmarkResult result(String name, long measured, long bare, double target, String note) {
        return new BenchmarkResult(name, ms(measured), "bare SQL " + ms(bare), (double) measured / bare, target, note);
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    private static long median(LongSupplier work) {
        return median(ROUNDS, WARM_UP, work);
    }

    /** Median nanoseconds of {@code rounds} runs after {@code warmUp} uncounted ones. */
    private static long median(int rounds, int warmUp, LongSupplier work) {
        List<Long> times = new ArrayList<>();
        for (int i = -warmUp; i < rounds; i++) {
            long start = System.nanoTime();
            work.getAsLong();
            long elapsed = System.nanoTime() - start;
            if (i >= 0) {
                times.add(elapsed);
            }
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }
}
