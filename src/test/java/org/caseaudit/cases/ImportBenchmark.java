package org.caseaudit.cases;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.caseaudit.cases.internal.CaseWriterAccess;
import org.caseaudit.cases.internal.ImportEngine;
import org.caseaudit.cases.internal.ImportProperties;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test: a benchmark. Generates a CSV of N synthetic cases (default 100,000) in the standard shape, imports it
 * through the real import path (sniff, parse, map, validate, batched upsert, one transaction) into MariaDB, and in
 * the same run inserts the same cases with plain batched JDBC; prints rows/s for both, the ratio, and peak heap.
 * Run: see docs/benchmarks.md "Import benchmark". Uses its own database (dropped and recreated).
 */
public final class ImportBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ImportBenchmark.class);

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String url = System.getProperty("bench.db.url", System.getenv().getOrDefault("BENCH_DB_URL",
                "jdbc:mariadb://127.0.0.1:3306/caseaudit_bench"));
        String user = System.getenv().getOrDefault("TEST_DB_USER", "root");
        String password = System.getenv().getOrDefault("TEST_DB_PASSWORD", "");
        recreate(url, user, password);
        SimpleDriverDataSource ds = new SimpleDriverDataSource(new org.mariadb.jdbc.Driver(), url, user, password);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        DataSourceTransactionManager tm = new DataSourceTransactionManager(ds);
        Clock clock = Clock.system(ZoneId.of("Europe/London"));
        jdbc.batchUpdate("INSERT IGNORE INTO case_team (name) VALUES (?)",
                SyntheticCaseGenerator.TEAMS.stream().map(t -> new Object[] {t}).toList());
        ImportEngine engine = new ImportEngine(jdbc, tm, new ImportProperties(null, 1_000_000, 1000), clock);
        MappingProfile standard = new MappingProfile(null, "standard", "standard", "yyyy-MM-dd", null, true, 0,
                Arrays.stream(CaseField.values()).map(f -> new MappingProfile.ColumnMapping(f.key(), f)).toList(),
                List.of());
        LocalDate today = LocalDate.now(clock);

        Path dir = Files.createTempDirectory("caseaudit-bench");
        Path small = dir.resolve("cases-small.csv");
        Path file = dir.resolve("cases.csv");
        CaseExportWriter.writeShape(new SyntheticCaseGenerator(7, today, 14).iterator(rows / 5), ExportShape.STANDARD, small);
        CaseExportWriter.writeShape(new SyntheticCaseGenerator(7, today, 14).iterator(rows), ExportShape.STANDARD, file);

        // Warm-up: JIT and the database's buffer pool, then empty the table again.
        importOnce(engine, small, standard, "warm-import");
        rawInsert(jdbc, tm, new SyntheticCaseGenerator(7, today, 14).iterator(rows / 5), "warm-raw");
        jdbc.update("DELETE FROM case_record");

        // Each measured run starts from an empty table so that index sizes are equal.
        HeapSampler heapRaw = new HeapSampler();
        Result raw = time(() -> rawInsert(jdbc, tm, new SyntheticCaseGenerator(7, today, 14).iterator(rows), "raw"), heapRaw);
        jdbc.update("DELETE FROM case_record");
        HeapSampler heapSmall = new HeapSampler();
        Result smallImport = time(() -> importOnce(engine, small, standard, "import-small"), heapSmall);
        jdbc.update("DELETE FROM case_record");
        HeapSampler heapImport = new HeapSampler();
        Result imp = time(() -> importOnce(engine, file, standard, "import"), heapImport);
        Result again = time(() -> importOnce(engine, file, standard, "import"), new HeapSampler());

        log.info("Rows: {} ({} MB CSV)", rows, Files.size(file) / (1024 * 1024));
        log.info("Import path (new rows):     {} rows in {} ms = {} rows/s, peak heap {} MB", imp.rows, imp.millis,
                imp.rate(), heapImport.peakMb());
        log.info("Plain batched JDBC insert:  {} rows in {} ms = {} rows/s, peak heap {} MB", raw.rows, raw.millis,
                raw.rate(), heapRaw.peakMb());
        log.info("Ratio import / raw: {}", String.format("%.2f", (double) imp.rate() / raw.rate()));
        log.info("Re-import (all unchanged):  {} rows in {} ms = {} rows/s", again.rows, again.millis, again.rate());
        log.info("Peak heap used: import of {} rows {} MB, of {} rows {} MB (max heap {} MB)", rows / 5,
                heapSmall.peakMb(), rows, heapImport.peakMb(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        log.info("Peak heap after GC (live set): import of {} rows {} MB, of {} rows {} MB", rows / 5,
                heapSmall.peakAfterGcMb(), rows, heapImport.peakAfterGcMb());
        log.info("(small import: {} rows/s)", smallImport.rate());
        new org.caseaudit.benchmarks.BenchmarkResult("import " + rows + " rows (CSV)",
                String.format("%,d rows/s, heap after GC %d MB", imp.rate(), heapImport.peakAfterGcMb()),
                String.format("batched JDBC %,d rows/s", raw.rate()), (double) raw.rate() / Math.max(1, imp.rate()),
                2.0, "ratio = import time / raw insert time (issue 4: import at least half the raw rate)").print();
        Files.deleteIfExists(small);
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    /**
     * The single-council figure measured again in another benchmark's run (ScaleBenchmark): the import engine into a
     * fresh database of its own ({@code url}, dropped and recreated), a warm-up of {@code warmUp} then {@code file};
     * returns rows/s of the measured import.
     */
    static double singleCouncilRate(String url, String user, String password, Path warmUp, Path file) throws Exception {
        recreate(url, user, password);
        SimpleDriverDataSource ds = new SimpleDriverDataSource(new org.mariadb.jdbc.Driver(), url, user, password);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        jdbc.batchUpdate("INSERT IGNORE INTO case_team (name) VALUES (?)",
                SyntheticCaseGenerator.TEAMS.stream().map(t -> new Object[] {t}).toList());
        ImportEngine engine = new ImportEngine(jdbc, new DataSourceTransactionManager(ds),
                new ImportProperties(null, 1_000_000, 1000), Clock.system(ZoneId.of("Europe/London")));
        MappingProfile standard = new MappingProfile(null, "standard", "standard", "yyyy-MM-dd", null, true, 0,
                Arrays.stream(CaseField.values()).map(f -> new MappingProfile.ColumnMapping(f.key(), f)).toList(),
                List.of());
        importOnce(engine, warmUp, standard, "warm-import");
        jdbc.update("DELETE FROM case_record");
        long start = System.nanoTime();
        int rows = importOnce(engine, file, standard, "import");
        return rows / ((System.nanoTime() - start) / 1e9);
    }

    private static int importOnce(ImportEngine engine, Path file, MappingProfile profile, String source) {
        ImportResult r = engine.run(new ImportEngine.Job(file, file.getFileName().toString(), profile,
                new ImportOptions(source, false), true, "benchmark", "BENCH", new ImportControl()));
        if (r.status() != ImportStatus.COMMITTED) {
            throw new IllegalStateException("Import failed: " + r.problems());
        }
        return r.counts().rowsRead();
    }

    /** The same rows, straight into the same tables with batched INSERTs (1000 per batch), one transaction. */
    private static int rawInsert(JdbcTemplate jdbc, DataSourceTransactionManager tm, Iterator<CaseData> cases,
                                 String source) {
        return new TransactionTemplate(tm).execute(s -> {
            int n = 0;
            List<CaseData> batch = new ArrayList<>(1000);
            while (cases.hasNext()) {
                batch.add(cases.next());
                if (batch.size() == 1000 || !cases.hasNext()) {
                    CaseWriterAccess.rawInsert(jdbc, source, batch, Clock.systemUTC());
                    n += batch.size();
                    batch.clear();
                }
            }
            return n;
        });
    }

    private record Result(int rows, long millis) {
        long rate() {
            return millis == 0 ? 0 : rows * 1000L / millis;
        }
    }

    private interface Work {
        int run() throws Exception;
    }

    private static Result time(Work work, HeapSampler heap) throws Exception {
        System.gc();
        heap.start();
        long t0 = System.nanoTime();
        int n = work.run();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        heap.stop();
        return new Result(n, ms);
    }

    /** Drops and creates the benchmark database {@code url} names (its name checked first). */
    static void recreate(String url, String user, String password) throws Exception {
        int slash = url.lastIndexOf('/');
        String db = url.substring(slash + 1).replaceAll("\\?.*", "");
        if (!db.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Unexpected database name " + db);
        }
        try (Connection c = DriverManager.getConnection(url.substring(0, slash + 1), user, password);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + db);
            s.execute("CREATE DATABASE " + db + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    /**
     * Samples every 5 ms: peak used heap (includes garbage not yet collected, so it depends on -Xmx) and peak heap
     * left after garbage collections (the live set: this is what must stay flat as files grow).
     */
    private static final class HeapSampler {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong peakAfterGc = new AtomicLong();
        private volatile boolean running;
        private Thread thread;

        void start() {
            running = true;
            peak.set(memory.getHeapMemoryUsage().getUsed());
            thread = Thread.ofPlatform().daemon().start(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    long afterGc = 0;
                    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
                        if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null) {
                            afterGc += pool.getCollectionUsage().getUsed();
                        }
                    }
                    peakAfterGc.accumulateAndGet(afterGc, Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        long peakMb() {
            return peak.get() / (1024 * 1024);
        }

        long peakAfterGcMb() {
            return peakAfterGc.get() / (1024 * 1024);
        }
    }
}
