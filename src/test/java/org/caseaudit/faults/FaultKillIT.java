package org.caseaudit.faults;

import static org.caseaudit.faults.FaultDriverClient.classpath;
import static org.caseaudit.faults.FaultDriverClient.enc;
import static org.caseaudit.faults.FaultDriverClient.jsonLong;
import static org.caseaudit.faults.FaultDriverClient.parseIds;
import static org.caseaudit.faults.FaultDriverClient.parseOptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseaudit.cases.CaseExportWriter;
import org.caseaudit.cases.ExportShape;
import org.caseaudit.cases.SyntheticCaseGenerator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Kills the application with SIGKILL ({@link Process#destroyForcibly()}) at seeded random moments while it imports
 * case files through {@code /api/imports} and saves audit answers (through the test-only {@link FaultDriver}), then
 * restarts it and checks, straight in the database, that nothing is half-written:
 * <ul>
 * <li>no import is left RUNNING; a source's case rows are all there (as many as the committed import created, all
 * pointing at it) or none; every import the API acknowledged is committed with its counts;</li>
 * <li>every audit's answers agree with its header: not started = no answers, started = one answer per question of
 * its template (the number the application's template has); every answer's stored value equals the latest row of its
 * history;</li>
 * <li>every acknowledged save is present (its version or a later one, and at its version its value).</li>
 * </ul>
 * The application runs as a separate JVM on the test classpath ({@code java -cp <test classpath>
 * org.caseaudit.Application}) against its own database {@code <TEST_DB_URL database>_fault} (or caseaudit_fault on
 * 127.0.0.1:3306). Rounds and seed: {@code -Dfault.rounds=20 -Dfault.seed=...} (CI default 3 rounds).
 * <p>
 * It starts without the demo year: what the workload needs is the test contexts' shared fixture
 * ({@code security.SharedTestData}, on the test classpath: the demo users, the 600-case register, the teams), which
 * loads in seconds where the demo year took minutes at the first start on a loaded build machine (decision 0026). The
 * demo year's cycles were written before the first kill and never touched by the workload, so they proved nothing
 * here; every audit the invariants check is one the workload assigned, started and saved while being killed.
 */
@Tag("external")
class FaultKillIT {

    private static final int ROUNDS = Integer.getInteger("fault.rounds", 3);
    private static final long SEED = Long.getLong("fault.seed", 20261122L);
    /** The application under test runs on this stopped clock, and the generated cases end on its day. */
    private static final java.time.Instant MOMENT = java.time.Instant.parse("2026-11-20T10:00:00Z");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("fault.start-timeout", 300));
    private static final String TOKEN = "cat_fault" + UUID.randomUUID().toString().replace("-", "");
    private static final String SECRET = UUID.randomUUID().toString();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Path work = Path.of("target", "fault-kill");
    private String serverUrl;
    private String dbUrl;
    private String dbUser;
    private String dbPassword;
    private int port;

    /** An import the API answered with 200 COMMITTED. */
    record AckedImport(String source, long importId, int created) {
    }

    /** An answer save the driver answered with 200. */
    record AckedSave(long audit, String question, String value, long version) {
    }

    private final List<AckedImport> ackedImports = new CopyOnWriteArrayList<>();
    private final Map<String, AckedSave> lastAckedSave = new ConcurrentHashMap<>();
    private final AtomicInteger importsSent = new AtomicInteger();
    private final AtomicInteger savesSent = new AtomicInteger();
    private final AtomicInteger savesAcked = new AtomicInteger();
    private final AtomicInteger auditsStarted = new AtomicInteger();
    /** HTTP answers by kind, e.g. "import 200", "import 401", "save 409", "import cut off": printed at the end. */
    private final Map<String, AtomicInteger> answers = new java.util.concurrent.ConcurrentSkipListMap<>();

    private void tally(String what) {
        answers.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
    }

    @Test
    void killed_at_random_points_the_application_leaves_no_half_written_import_or_audit() throws Exception {
        chooseDatabase();
        Files.createDirectories(work);
        Random random = new Random(SEED);
        long began = System.nanoTime();
        log("fault test: %d rounds, seed %d, database %s", ROUNDS, SEED, dbUrl);

        Runtime.getRuntime().addShutdownHook(new Thread(this::killApplication));
        try {
            run(random, began);
        } finally {
            killApplication();
        }
    }

    /** The application process of the current round, killed whatever happens to the test. */
    private volatile Process app;

    private void killApplication() {
        Process p = app;
        if (p != null && p.isAlive()) {
            p.destroyForcibly();
        }
    }

    private void run(Random random, long began) throws Exception {
        app = start(0);
        setUp();
        List<String> roundLines = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            // odd rounds kill early (mid-request), even rounds late (after some imports have completed)
            long killAfter = round % 2 == 1 ? 500 + random.nextInt(4000) : 8000 + random.nextInt(8000);
            long roundSeed = random.nextLong();
            int importsBefore = importsSent.get();
            int savesBefore = savesSent.get();
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> workers = List.of(
                    Thread.ofPlatform().name("importer").start(() -> importLoop(running, new Random(roundSeed))),
                    Thread.ofPlatform().name("saver-1").start(() -> saveLoop(running, new Random(roundSeed + 1))),
                    Thread.ofPlatform().name("saver-2").start(() -> saveLoop(running, new Random(roundSeed + 2))),
                    Thread.ofPlatform().name("starter").start(() -> startLoop(running, new Random(roundSeed + 3))));
            Thread.sleep(killAfter);
            app.destroyForcibly();
            app.waitFor(30, TimeUnit.SECONDS);
            running.set(false);
            for (Thread t : workers) {
                t.join(Duration.ofSeconds(30));
            }
            String line = String.format("round %d: SIGKILL after %d ms; %d imports and %d saves sent in the round",
                    round, killAfter, importsSent.get() - importsBefore, savesSent.get() - savesBefore);
            roundLines.add(line);
            log("%s", line);
            app = start(round);
            checkInvariants("after round " + round);
        }
        app.destroy();
        if (!app.waitFor(60, TimeUnit.SECONDS)) {
            app.destroyForcibly();
        }
        log("fault test done in %d s: %d rounds; imports sent %d, acknowledged %d; saves sent %d, acknowledged %d;"
                        + " audits started during rounds %d; invariants held after every restart",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - began), ROUNDS, importsSent.get(),
                ackedImports.size(), savesSent.get(), savesAcked.get(), auditsStarted.get());
        log("HTTP answers: %s", answers);
        assertThat(answers.keySet()).as("answers other than OK, conflict or cut off by the kill")
                .allMatch(k -> k.endsWith(" 200") || k.equals("save 409") || k.endsWith("cut off"));
        assertThat(savesAcked.get() + ackedImports.size()).as("work acknowledged before the kills").isPositive();
    }

    // --- the application process ---

    private void chooseDatabase() throws SQLException {
        String testUrl = System.getenv("TEST_DB_URL");
        String base = testUrl == null || testUrl.isBlank() ? "jdbc:mariadb://127.0.0.1:3306/caseaudit" : testUrl;
        Matcher m = Pattern.compile("(jdbc:mariadb://[^/]+)/([A-Za-z0-9_]+)(.*)").matcher(base);
        Assumptions.assumeTrue(m.matches(), "TEST_DB_URL not understood: " + base);
        String server = m.group(1);
        String database = m.group(2) + "_fault";
        dbUser = System.getenv().getOrDefault("TEST_DB_USER", "root");
        dbPassword = System.getenv().getOrDefault("TEST_DB_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(server + "/", dbUser, dbPassword);
             Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + database);
            st.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            Assumptions.abort("the fault test needs a MariaDB server (TEST_DB_URL or 127.0.0.1:3306): "
                    + e.getMessage());
        }
        dbUrl = server + "/" + database;
    }

    private Process start(int round) throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        serverUrl = "http://127.0.0.1:" + port;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx768m", "-XX:TieredStopAtLevel=1", "-cp", classpath(),
                "org.caseaudit.Application");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("app-" + round + ".log").toFile());
        Map<String, String> env = builder.environment();
        // demo data off: the shared test fixture (users, register, teams), not the demo year; see the class comment
        FaultDriverClient.appEnvironment(env, dbUrl, dbUser, dbPassword, false, MOMENT, SECRET, port);
        // the workload never opens a page: Vaadin in production mode skips its development-mode start (a scan of the
        // whole test classpath and the bundle check, about 10 s a start on a loaded machine)
        env.put("VAADIN_PRODUCTIONMODE", "true");
        long t0 = System.nanoTime();
        Process process = builder.start();
        app = process;
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the application exited while starting (round " + round + "); see "
                        + work.resolve("app-" + round + ".log").toAbsolutePath());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(serverUrl + "/fault-driver/ping"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    log("application up after %d ms (start %d)", TimeUnit.NANOSECONDS.toMillis(
                            System.nanoTime() - t0), round);
                    return process;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new AssertionError("the application did not start within " + START_TIMEOUT + " (round " + round + ")");
    }

    // --- the workload ---

    private final List<Long> startedAudits = new CopyOnWriteArrayList<>();
    private final Map<Long, Map<String, List<String>>> questions = new ConcurrentHashMap<>();
    private final List<Long> notStarted = new CopyOnWriteArrayList<>();

    private void setUp() throws Exception {
        try (Connection c = db(); var ps = c.prepareStatement("INSERT INTO case_integration_token (name, token_hash,"
                + " token_hint, created_by, created_at, expires_at, scopes) VALUES ('fault-test-job', ?, ?, "
                + "'fault-test',"
                + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) + INTERVAL 1 YEAR, 'IMPORT,EXPORT')")) {
            ps.setString(1, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(TOKEN.getBytes(StandardCharsets.UTF_8))));
            ps.setString(2, TOKEN.substring(0, 8));
            ps.executeUpdate();
        }
        List<Long> ids = parseIds(post("/fault-driver/assign", "count=8").body());
        for (int i = 0; i < ids.size(); i++) {
            if (i < 4) {
                questions.put(ids.get(i), parseOptions(post("/fault-driver/open", "audit=" + ids.get(i)).body()));
                startedAudits.add(ids.get(i));
            } else {
                notStarted.add(ids.get(i));
            }
        }
        log("set up: %d audits started, %d left to start during the rounds", startedAudits.size(), notStarted.size());
    }

    private void importLoop(AtomicBoolean running, Random random) {
        while (running.get()) {
            int n = importsSent.incrementAndGet();
            String source = "fault-" + n;
            // half small (done in well under a second), half large enough to be cut off mid-way
            int rows = random.nextBoolean() ? 5 + random.nextInt(45) : 50 + random.nextInt(1150);
            try {
                Path file = work.resolve(source + ".csv");
                CaseExportWriter.writeShape(new SyntheticCaseGenerator(random.nextLong(),
                        LocalDate.ofInstant(MOMENT, java.time.ZoneId.of("Europe/London")), 14,
                        "F" + n + "-").generate(rows).iterator(), ExportShape.STANDARD, file);
                HttpResponse<String> r = multipart("/api/imports?source=" + source, file);
                Files.deleteIfExists(file);
                tally("import " + r.statusCode());
                if (r.statusCode() == 200 && r.body().contains("\"status\":\"COMMITTED\"")) {
                    ackedImports.add(new AckedImport(source, jsonLong(r.body(), "importId"), (int) jsonLong(
                            r.body(), "created")));
                }
            } catch (IOException | InterruptedException | RuntimeException e) {
                tally("import cut off");
                pause();
            }
        }
    }

    private void saveLoop(AtomicBoolean running, Random random) {
        while (running.get()) {
            if (startedAudits.isEmpty()) {
                pause();
                continue;
            }
            long audit = startedAudits.get(random.nextInt(startedAudits.size()));
            Map<String, List<String>> qs = questions.get(audit);
            if (qs == null || qs.isEmpty()) {
                continue;
            }
            List<String> ids = new ArrayList<>(qs.keySet());
            String question = ids.get(random.nextInt(ids.size()));
            List<String> options = qs.get(question);
            String value = options.get(random.nextInt(options.size()));
            try {
                long version = currentVersion(audit, question);
                savesSent.incrementAndGet();
                HttpResponse<String> r = post("/fault-driver/answer", "audit=" + audit + "&question=" + enc(question)
                        + "&value=" + enc(value) + "&version=" + version);
                tally("save " + r.statusCode());
                if (r.statusCode() == 200) {
                    savesAcked.incrementAndGet();
                    long stored = jsonLong(r.body(), "version");
                    lastAckedSave.merge(audit + "/" + question, new AckedSave(audit, question, value, stored),
                            (a, b) -> b.version() >= a.version() ? b : a);
                }
            } catch (IOException | InterruptedException | SQLException | RuntimeException e) {
                tally("save cut off");
                pause();
            }
        }
    }

    private void startLoop(AtomicBoolean running, Random random) {
        while (running.get() && !notStarted.isEmpty()) {
            try {
                Thread.sleep(100 + random.nextInt(400));
                long audit = notStarted.getFirst();
                HttpResponse<String> r = post("/fault-driver/open", "audit=" + audit);
                if (r.statusCode() == 200) {
                    questions.put(audit, parseOptions(r.body()));
                    notStarted.remove(audit);
                    startedAudits.add(audit);
                    auditsStarted.incrementAndGet();
                }
            } catch (IOException | InterruptedException | RuntimeException e) {
                pause();
            }
        }
    }

    private long currentVersion(long audit, String question) throws SQLException {
        try (Connection c = db()) {
            return StoredAnswer.version(c, audit, question);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // --- the invariants, checked in the database after each restart ---

    private void checkInvariants(String when) throws SQLException {
        List<String> broken = new ArrayList<>();
        try (Connection c = db(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT id, source FROM case_import WHERE status = 'RUNNING'")) {
                while (rs.next()) {
                    broken.add("import " + rs.getLong(1) + " (" + rs.getString(2) + ") left RUNNING");
                }
            }
            try (ResultSet rs = st.executeQuery("""
                    SELECT s.source, (SELECT COUNT(*) FROM case_record r WHERE r.source = s.source) AS row_count,
                           (SELECT COUNT(*) FROM case_record r WHERE r.source = s.source
                                AND r.last_import_id <> i.id) AS foreign_rows,
                           i.id, i.created_count, i.rows_read
                    FROM (SELECT DISTINCT source FROM case_record WHERE source LIKE 'fault-%'
                          UNION SELECT DISTINCT source FROM case_import WHERE source LIKE 'fault-%') s
                    LEFT JOIN case_import i ON i.source = s.source AND i.status = 'COMMITTED'""")) {
                while (rs.next()) {
                    String source = rs.getString(1);
                    long rows = rs.getLong(2);
                    long importId = rs.getLong(4);
                    boolean committed = !rs.wasNull();
                    if (!committed && rows > 0) {
                        broken.add(source + ": " + rows + " case rows without a committed import");
                    }
                    if (committed && (rows != rs.getLong(5) || rows != rs.getLong(6) || rs.getLong(3) != 0)) {
                        broken.add(source + ": import " + importId + " says " + rs.getLong(5) + " created of "
                                + rs.getLong(6) + " read, the register holds " + rows + " (" + rs.getLong(3)
                                + " from another import)");
                    }
                }
            }
            for (AckedImport a : ackedImports) {
                try (ResultSet rs = st.executeQuery("SELECT status, created_count FROM case_import WHERE id = "
                        + a.importId())) {
                    if (!rs.next() || !"COMMITTED".equals(rs.getString(1)) || rs.getInt(2) != a.created()) {
                        broken.add("acknowledged import " + a + " is not committed as answered");
                    }
                }
            }
            try (ResultSet rs = st.executeQuery("""
                    SELECT a.id, a.status, a.template_key, a.template_version, COUNT(q.id) AS answers
                    FROM case_audit a LEFT JOIN audit_answer q ON q.case_audit_id = a.id
                    GROUP BY a.id, a.status, a.template_key, a.template_version""")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String status = rs.getString(2);
                    long answers = rs.getLong(5);
                    if ("NOT_STARTED".equals(status)) {
                        if (answers != 0) {
                            broken.add("audit " + id + " not started but has " + answers + " answers");
                        }
                        continue;
                    }
                    long expected = questionsOf(rs.getString(3), rs.getInt(4));
                    if (answers != expected) {
                        broken.add("audit " + id + " is " + status + " with " + answers + " answers (its template "
                                + rs.getString(3) + " v" + rs.getInt(4) + " has " + expected + " questions)");
                    }
                }
            }
            try (ResultSet rs = st.executeQuery("""
                    SELECT q.id, q.case_audit_id, q.question_key FROM audit_answer q
                    WHERE q.version > 0 AND NOT (q.answer_value <=> (SELECT h.answer_value
                        FROM audit_answer FOR SYSTEM_TIME ALL h WHERE h.id = q.id ORDER BY h.version DESC LIMIT 1))""")) {
                while (rs.next()) {
                    broken.add("answer " + rs.getLong(2) + "/" + rs.getString(3)
                            + " differs from its latest history row");
                }
            }
            for (AckedSave s : lastAckedSave.values()) {
                try (var ps = c.prepareStatement("SELECT version, answer_value FROM audit_answer"
                        + " WHERE case_audit_id = ? AND question_key = ?")) {
                    ps.setLong(1, s.audit());
                    ps.setString(2, s.question());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next() || rs.getLong(1) < s.version()
                                || (rs.getLong(1) == s.version() && !s.value().equals(rs.getString(2)))) {
                            broken.add("acknowledged save " + s + " is missing");
                        }
                    }
                }
            }
        }
        log("invariants %s: %s (%d acknowledged imports, %d acknowledged answers checked)", when,
                broken.isEmpty() ? "hold" : broken.size() + " broken", ackedImports.size(), lastAckedSave.size());
        assertThat(broken).as("invariants " + when).isEmpty();
    }

    private final Map<String, Long> questionsPerTemplate = new ConcurrentHashMap<>();

    /** The number of questions of a template version, as the running application has it (asked once). */
    private long questionsOf(String template, int version) {
        return questionsPerTemplate.computeIfAbsent(template + "/" + version, k -> {
            try {
                HttpResponse<String> r = post("/fault-driver/questions", "template=" + enc(template)
                        + "&version=" + version);
                assertThat(r.statusCode()).as("questions of %s", k).isEqualTo(200);
                return Long.parseLong(r.body().strip());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    // --- HTTP and parsing helpers ---

    private Connection db() throws SQLException {
        return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(serverUrl + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form + "&secret=" + SECRET)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> multipart(String path, Path file) throws IOException, InterruptedException {
        String boundary = "fault" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = Files.readAllBytes(file);
        byte[] all = new byte[head.length + body.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        System.arraycopy(tail, 0, all, head.length + body.length, tail.length);
        return http.send(HttpRequest.newBuilder(URI.create(serverUrl + path)).timeout(Duration.ofSeconds(120))
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(all)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @SuppressWarnings("java:S106")
    private static void log(String format, Object... args) {
        System.out.println("[fault] " + String.format(format, args));
    }
}
