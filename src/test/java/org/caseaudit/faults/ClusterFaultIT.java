package org.caseaudit.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseaudit.faults.ClusterRig.LB;
import static org.caseaudit.faults.ClusterRig.log;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.caseaudit.cases.CaseExportWriter;
import org.caseaudit.cases.ExportShape;
import org.caseaudit.cases.SyntheticCaseGenerator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Fault tests on the local cluster (issue 28): three MariaDB Galera nodes from {@code scripts/cluster/cluster.sh}
 * (3311-3313), two application nodes started from the test classpath (8181, 8182; each lists the database nodes in
 * its own order, so they write through different Galera nodes) and the script's HAProxy with sticky sessions (8180).
 * Not part of {@code ./mvnw verify} (tag {@code cluster}); run it with {@code scripts/cluster/fault-tests.sh}. In turn:
 * <ol>
 * <li>kill -9 a database node while answers are saved and cases imported through the load balancer (twice: the node
 * the first application writes through, then the second's), bring it back, and check on EVERY node that each
 * acknowledged save and import is there;</li>
 * <li>two application nodes save the same answer at the same version at once: one wins, the other gets the clash
 * (HTTP 409, the workspace's clash dialog), never both;</li>
 * <li>one import of {@code cluster.import-rows} (default 200,000) rows, measured against Galera's write-set
 * limits;</li>
 * <li>kill -9 an application node during saves: its users land on the other node's sign-in page, nothing
 * acknowledged is lost;</li>
 * <li>the audit-trail purge, scheduled every 5 s on both nodes, runs at most once a minute across them (its lease);
 * the append-only triggers refuse changes on every node while the purge's deletes replicate; the system-versioned
 * answer history is the same on every node.</li>
 * </ol>
 * Application nodes save through the test-only {@link FaultDriver} (the same {@code AuditService.saveAnswer} the
 * workspace calls); imports go through the real {@code /api/imports}.
 */
@Tag("cluster")
class ClusterFaultIT {

    private static final int IMPORT_ROWS = Integer.getInteger("cluster.import-rows", 200_000);
    private static final long SEED = Long.getLong("cluster.seed", 20261207L);
    private static final String APP1 = "http://127.0.0.1:8181";
    private static final String APP2 = "http://127.0.0.1:8182";

    /** An answer save the application answered with 200. */
    record AckedSave(long audit, String question, String value, long version) {
    }

    /** An import the API answered with 200 COMMITTED. */
    record AckedImport(String source, long importId, int created) {
    }

    private final List<AckedSave> ackedSaves = new CopyOnWriteArrayList<>();
    private final List<AckedImport> ackedImports = new CopyOnWriteArrayList<>();
    private final AtomicInteger savesSent = new AtomicInteger();
    private final AtomicInteger importsSent = new AtomicInteger();
    private final Map<String, AtomicInteger> answers = new ConcurrentSkipListMap<>();
    private final List<String> report = new ArrayList<>();
    private ClusterRig rig;
    private Map<Long, Map<String, List<String>>> audits;

    private void tally(String what) {
        answers.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
    }

    @Test
    void the_cluster_loses_nothing_acknowledged_when_nodes_die() throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("scripts/cluster/cluster.sh")), "run from the project folder");
        ClusterRig.script("start-db");
        rig = new ClusterRig(System.getProperty("cluster.database", "caseaudit_cluster"), Path.of("target",
                "cluster-faults"));
        Runtime.getRuntime().addShutdownHook(new Thread(rig::close));
        try {
            run();
        } finally {
            rig.close();
            if (!Boolean.getBoolean("cluster.keep")) {
                ClusterRig.script("stop");
            }
            report.forEach(line -> log("REPORT %s", line));
            Files.write(rig.work.resolve("report.txt"), report);
        }
    }

    private void run() throws Exception {
        rig.recreateDatabase();
        List<String> args = List.of("--caseaudit.audit.purge-cron=*/5 * * * * *");
        long began = System.nanoTime();
        // one after the other: Flyway serialises migrations with GET_LOCK, which Galera does not replicate
        rig.startApp(8181, ClusterRig.clusterUrl(rig.database, 1, 2, 3), args);
        rig.startApp(8182, ClusterRig.clusterUrl(rig.database, 2, 3, 1), args);
        ClusterRig.script("start-lb");
        rig.insertToken();
        audits = rig.startAudits(APP1, 8);
        long ancient = insertAncientTrailEntry();
        log("set up in %d s: %d audits started", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - began),
                audits.size());

        Random random = new Random(SEED);
        for (int node : new int[] {1, 2}) {
            loadWhile("database node " + node + " killed", random, () -> ClusterRig.script("kill-db",
                    String.valueOf(node)));
            ClusterRig.script("start-db");
            ClusterRig.awaitSynced(Duration.ofMinutes(5));
            checkEveryNode("after database node " + node + " was killed and rejoined");
        }

        clashes(20);
        bigImport();

        stickySignInMovesOnKill(random);
        checkEveryNode("after application node 1 was killed");

        scheduledJobAndTriggers(ancient);
        log("HTTP answers: %s", answers);
        report.add(String.format("saves sent %d, acknowledged %d, acknowledged present afterwards on every node %d;"
                        + " imports sent %d, acknowledged %d; answers %s", savesSent.get(), ackedSaves.size(),
                presentEverywhere, importsSent.get(), ackedImports.size(), answers));
        assertThat(presentEverywhere).as("acknowledged saves present on every node").isEqualTo(ackedSaves.size());
    }

    // --- load: savers and an importer through the load balancer ---

    interface Fault {
        void strike() throws Exception;
    }

    /** Saves and imports through the load balancer; {@code fault} strikes after 4-7 s, the load goes on 10 s more. */
    private void loadWhile(String what, Random random, Fault fault) throws Exception {
        int savesBefore = savesSent.get();
        int ackedBefore = ackedSaves.size();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger ackedAfter = new AtomicInteger(-1);
        List<Long> ids = new ArrayList<>(audits.keySet());
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            List<Long> mine = List.of(ids.get(t), ids.get(t + 4));
            long seed = random.nextLong();
            workers.add(Thread.ofPlatform().name("saver-" + t).start(() -> saveLoop(running, new Random(seed), mine)));
        }
        long importSeed = random.nextLong();
        workers.add(Thread.ofPlatform().name("importer").start(() -> importLoop(running, new Random(importSeed))));
        Thread.sleep(4000 + random.nextInt(3000));
        int ackedAtStrike = ackedSaves.size();
        fault.strike();
        Thread.sleep(10_000);
        running.set(false);
        for (Thread t : workers) {
            t.join(Duration.ofMinutes(2));
        }
        ackedAfter.set(ackedSaves.size() - ackedAtStrike);
        String line = String.format("%s: %d saves sent, %d acknowledged (%d after the kill)", what,
                savesSent.get() - savesBefore, ackedSaves.size() - ackedBefore, ackedAfter.get());
        report.add(line);
        log("%s; HTTP answers so far %s", line, answers);
        assertThat(ackedAfter.get()).as("saves acknowledged after: " + what).isPositive();
    }

    private void saveLoop(AtomicBoolean running, Random random, List<Long> mine) {
        while (running.get()) {
            long audit = mine.get(random.nextInt(mine.size()));
            Map<String, List<String>> qs = audits.get(audit);
            List<String> keys = new ArrayList<>(qs.keySet());
            String question = keys.get(random.nextInt(keys.size()));
            List<String> options = qs.get(question);
            String value = options.get(random.nextInt(options.size()));
            try {
                long version = currentVersion(audit, question);
                savesSent.incrementAndGet();
                HttpResponse<String> r = rig.save(LB, audit, question, value, version);
                tally("save " + r.statusCode());
                if (r.statusCode() == 200) {
                    ackedSaves.add(new AckedSave(audit, question, value, FaultDriverClient.jsonLong(
                            r.body(), "version")));
                } else {
                    pause(100);
                }
            } catch (IOException | InterruptedException | SQLException | RuntimeException e) {
                tally("save cut off");
                pause(200);
            }
        }
    }

    private void importLoop(AtomicBoolean running, Random random) {
        while (running.get()) {
            int n = importsSent.incrementAndGet();
            String source = "cluster-" + n;
            int rows = 100 + random.nextInt(1900);
            try {
                Path file = rig.work.resolve(source + ".csv");
                writeCases(file, rows, random.nextLong(), "C" + n + "-");
                HttpResponse<String> r = rig.multipart(LB, "/api/imports?source=" + source, file,
                        Duration.ofMinutes(5));
                Files.deleteIfExists(file);
                tally("import " + r.statusCode());
                if (r.statusCode() == 200 && r.body().contains("\"status\":\"COMMITTED\"")) {
                    ackedImports.add(new AckedImport(source, FaultDriverClient.jsonLong(r.body(), "importId"),
                            (int) FaultDriverClient.jsonLong(r.body(), "created")));
                }
            } catch (IOException | InterruptedException | RuntimeException e) {
                tally("import cut off");
                pause(200);
            }
        }
    }

    private static void writeCases(Path file, int rows, long seed, String prefix) throws IOException {
        CaseExportWriter.writeShape(new SyntheticCaseGenerator(seed,
                LocalDate.ofInstant(ClusterRig.MOMENT, java.time.ZoneId.of("Europe/London")), 14, prefix)
                .generate(rows).iterator(), ExportShape.STANDARD, file);
    }

    private long currentVersion(long audit, String question) throws SQLException {
        try (Connection c = rig.anyNode()) {
            return StoredAnswer.version(c, audit, question);
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // --- the same answer from both application nodes at once ---

    private void clashes(int pairs) throws Exception {
        // a question with three or more options, so both sides can save a value other than the stored one (a save of
        // the stored value changes nothing and is answered with the version as it was)
        long audit = -1;
        String question = null;
        for (var a : audits.entrySet()) {
            for (var q : a.getValue().entrySet()) {
                if (q.getValue().size() >= 3 && question == null) {
                    audit = a.getKey();
                    question = q.getKey();
                }
            }
        }
        Assumptions.assumeTrue(question != null, "no question with three options in the fault cycle's template");
        List<String> options = audits.get(audit).get(question);
        int won = 0;
        List<String> odd = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            long version = currentVersion(audit, question);
            String stored = currentValue(audit, question);
            List<String> others = new ArrayList<>(options);
            others.remove(stored);
            CountDownLatch go = new CountDownLatch(1);
            String[] values = {others.get(0), others.get(1)};
            int[] status = new int[2];
            long[] saved = new long[2];
            List<Thread> both = new ArrayList<>();
            for (int k = 0; k < 2; k++) {
                int side = k;
                long a = audit;
                String q = question;
                both.add(Thread.ofPlatform().start(() -> {
                    try {
                        go.await();
                        savesSent.incrementAndGet();
                        HttpResponse<String> r = rig.save(side == 0 ? APP1 : APP2, a, q, values[side], version);
                        status[side] = r.statusCode();
                        if (r.statusCode() == 200) {
                            saved[side] = FaultDriverClient.jsonLong(r.body(), "version");
                            ackedSaves.add(new AckedSave(a, q, values[side], saved[side]));
                        }
                    } catch (Exception e) {
                        status[side] = -1;
                    }
                }));
            }
            go.countDown();
            for (Thread t : both) {
                t.join();
            }
            tally("clash " + status[0] + "/" + status[1]);
            if ((status[0] == 200 && status[1] == 409) || (status[0] == 409 && status[1] == 200)) {
                won++;
            } else {
                odd.add("pair " + i + ": " + status[0] + "/" + status[1] + " versions " + saved[0] + "/" + saved[1]);
            }
        }
        String line = String.format("same answer at the same version from both application nodes at once: %d pairs,"
                + " %d with one winner and one clash (409)%s", pairs, won, odd.isEmpty() ? "" : "; others " + odd);
        report.add(line);
        log("%s", line);
        assertThat(odd).as("pairs where both saves were acknowledged (a lost update)").noneMatch(
                s -> s.contains("200/200"));
        assertThat(won).as("pairs with one winner and one clash").isGreaterThanOrEqualTo(pairs * 3 / 4);
    }

    private String currentValue(long audit, String question) throws SQLException {
        try (Connection c = rig.anyNode()) {
            return StoredAnswer.value(c, audit, question);
        }
    }

    // --- one big import against Galera's write-set limits ---

    private void bigImport() throws Exception {
        Path file = rig.work.resolve("big.csv");
        writeCases(file, IMPORT_ROWS, SEED, "BIG-");
        long[] before = new long[3];
        for (int n = 1; n <= 3; n++) {
            before[n - 1] = Long.parseLong(ClusterRig.status(n, "wsrep_replicated_bytes"));
        }
        long t0 = System.nanoTime();
        importsSent.incrementAndGet();
        HttpResponse<String> r = rig.multipart(APP1, "/api/imports?source=cluster-big", file, Duration.ofMinutes(20));
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
        long replicated = 0;
        for (int n = 1; n <= 3; n++) {
            replicated += Long.parseLong(ClusterRig.status(n, "wsrep_replicated_bytes")) - before[n - 1];
        }
        String line = String.format("import of %d rows (%d MB file): HTTP %d in %d s; write set %.1f MB"
                        + " (wsrep_max_ws_size %s bytes, wsrep_max_ws_rows %s, repl.max_ws_size in provider options)",
                IMPORT_ROWS, Files.size(file) >> 20, r.statusCode(), seconds, replicated / 1048576.0,
                ClusterRig.variable(1, "wsrep_max_ws_size"), ClusterRig.variable(1, "wsrep_max_ws_rows"));
        Files.deleteIfExists(file);
        report.add(line);
        log("%s; %s", line, r.body().length() > 300 ? r.body().substring(0, 300) : r.body());
        assertThat(r.statusCode()).as("the big import").isEqualTo(200);
        assertThat(r.body()).contains("\"status\":\"COMMITTED\"");
        ackedImports.add(new AckedImport("cluster-big", FaultDriverClient.jsonLong(r.body(), "importId"),
                (int) FaultDriverClient.jsonLong(r.body(), "created")));
        for (int n = 1; n <= 3; n++) {
            try (Connection c = rig.node(n); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM case_record WHERE source = 'cluster-big'")) {
                rs.next();
                assertThat(rs.getLong(1)).as("big import rows on node " + n).isEqualTo(IMPORT_ROWS);
            }
        }
    }

    // --- an application node dies ---

    private void stickySignInMovesOnKill(Random random) throws Exception {
        // a browser's first visit: HAProxy pins it to a node with its cookie
        java.net.CookieManager cookies = new java.net.CookieManager();
        var browser = java.net.http.HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build();
        String pinned = null;
        for (int i = 0; i < 10 && !"app1".equals(pinned); i++) {
            cookies = new java.net.CookieManager();
            browser = java.net.http.HttpClient.newBuilder().cookieHandler(cookies)
                    .followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build();
            browser.send(HttpRequest.newBuilder(URI.create(LB + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            pinned = node(cookies);
        }
        assertThat(pinned).as("sticky cookie of a new visitor").isEqualTo("app1");
        loadWhile("application node 1 killed", random, () -> rig.killApp(8181));
        HttpResponse<String> again = browser.send(HttpRequest.newBuilder(URI.create(LB + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String moved = node(cookies);
        String line = String.format(
                "a visitor pinned to app1 asks for the sign-in page again after app1's death: HTTP %d"
                + " from %s (%s)", again.statusCode(), moved, again.uri().getPath());
        report.add(line);
        log("%s", line);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(moved).as("the visitor's node after app1 died").isEqualTo("app2");
    }

    private static String node(java.net.CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("CANODE"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    // --- the scheduled purge, the triggers and the system-versioned history on every node ---

    /** A trail entry far beyond retention, written on node 3 (root may set its time: the trigger lets the owner). */
    private long insertAncientTrailEntry() throws SQLException {
        try (Connection c = rig.node(3); var ps = c.prepareStatement("INSERT INTO audit_event (occurred_at, actor,"
                + " action, target_type, outcome) VALUES (UTC_TIMESTAMP(6) - INTERVAL 30 YEAR, 'cluster-test',"
                + " 'CLUSTER_ANCIENT', 'test', 'SUCCESS')", new String[] {"id"})) {
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void scheduledJobAndTriggers(long ancient) throws Exception {
        // the purge runs at most once a minute (its lease): wait until one has run since the ancient entry
        long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
        boolean gone = false;
        while (System.nanoTime() < deadline && !gone) {
            try (Connection c = rig.node(1); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM audit_event WHERE id = " + ancient)) {
                rs.next();
                gone = rs.getLong(1) == 0;
            }
            if (!gone) {
                Thread.sleep(2000);
            }
        }
        List<Timestamp> runs = new ArrayList<>();
        try (Connection c = rig.node(2); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT occurred_at FROM audit_event WHERE action = 'AUDIT_TRAIL_PURGED'"
                     + " ORDER BY occurred_at")) {
            while (rs.next()) {
                runs.add(rs.getTimestamp(1));
            }
        }
        long shortestGap = Long.MAX_VALUE;
        for (int i = 1; i < runs.size(); i++) {
            shortestGap = Math.min(shortestGap, runs.get(i).getTime() - runs.get(i - 1).getTime());
        }
        String[] perNode = {logCount("app-8181.log"), logCount("app-8182.log")};
        String line = String.format(
                "nightly purge scheduled every 5 s on both nodes: %d runs in the trail, shortest gap"
                + " %d s (lease at least 60 s); runs logged by app1 %s, app2 %s; entry 30 years old purged: %s",
                runs.size(), runs.size() > 1 ? shortestGap / 1000 : -1, perNode[0], perNode[1], gone);
        report.add(line);
        log("%s", line);
        assertThat(gone).as("the ancient trail entry purged (the purge's deletes replicated)").isTrue();
        assertThat(runs).as("purge runs").isNotEmpty();
        if (runs.size() > 1) {
            assertThat(shortestGap).as("ms between two purge runs across the nodes").isGreaterThanOrEqualTo(59_000);
        }

        // the append-only triggers are on every node
        List<String> refused = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            try (Connection c = rig.node(n); Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE audit_event SET detail = 'changed' ORDER BY id LIMIT 1");
                refused.add("node " + n + ": UPDATE allowed");
            } catch (SQLException expected) {
                assertThat(expected.getMessage()).contains("append-only");
            }
            try (Connection c = rig.node(n); Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM audit_event ORDER BY id DESC LIMIT 1");
                refused.add("node " + n + ": DELETE allowed");
            } catch (SQLException expected) {
                assertThat(expected.getMessage()).contains("append-only");
            }
        }
        assertThat(refused).as("changes to the trail the triggers let through").isEmpty();
        ClusterRig.awaitSynced(Duration.ofMinutes(1));

        // the same trail and the same answer history (values, and the periods the writing node stamped) everywhere
        String[] trail = new String[3];
        String[] history = new String[3];
        String[] periods = new String[3];
        for (int n = 1; n <= 3; n++) {
            try (Connection c = rig.node(n); Statement st = c.createStatement()) {
                trail[n - 1] = one(st, "SELECT CONCAT(COUNT(*), '/', SUM(CRC32(CONCAT_WS('|', id, occurred_at, action,"
                        + " IFNULL(target_id, ''))))) FROM audit_event");
                history[n - 1] = one(st, "SELECT CONCAT(COUNT(*), '/', SUM(CRC32(CONCAT_WS('|', id, version,"
                        + " IFNULL(answer_value, ''))))) FROM audit_answer FOR SYSTEM_TIME ALL");
                periods[n - 1] = one(st, "SELECT SUM(CRC32(CONCAT_WS('|', id, row_start, row_end)))"
                        + " FROM audit_answer FOR SYSTEM_TIME ALL");
            }
        }
        String verdict = String.format("every node: trail %s; answer history %s; history periods %s",
                String.join(" ", trail), String.join(" ", history), String.join(" ", periods));
        report.add(verdict);
        log("%s", verdict);
        assertThat(new HashSet<>(List.of(trail))).as("audit trail on the three nodes").hasSize(1);
        assertThat(new HashSet<>(List.of(history))).as("answer history on the three nodes").hasSize(1);
        assertThat(new HashSet<>(List.of(periods))).as("answer history periods on the three nodes").hasSize(1);
    }

    private String logCount(String file) {
        try {
            return String.valueOf(Files.readAllLines(rig.work.resolve(file)).stream()
                    .filter(l -> l.contains("Audit-trail retention:")).count());
        } catch (IOException e) {
            return "?";
        }
    }

    private static String one(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    // --- what every node holds ---

    private int presentEverywhere;

    private void checkEveryNode(String when) throws SQLException {
        List<String> broken = new ArrayList<>();
        int presentOnAll = Integer.MAX_VALUE;
        for (int n = 1; n <= 3; n++) {
            try (Connection c = rig.node(n); Statement st = c.createStatement()) {
                Set<String> history = new HashSet<>();
                try (ResultSet rs = st.executeQuery("SELECT case_audit_id, question_key, version, answer_value"
                        + " FROM audit_answer FOR SYSTEM_TIME ALL WHERE case_audit_id IN (SELECT id FROM case_audit"
                        + " WHERE cycle_id = (SELECT id FROM audit_cycle WHERE name = '" + FaultDriver.FAULT_CYCLE
                        + "'))")) {
                    while (rs.next()) {
                        history.add(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getLong(3) + "|"
                                + rs.getString(4));
                    }
                }
                int present = 0;
                for (AckedSave s : ackedSaves) {
                    if (history.contains(s.audit() + "|" + s.question() + "|" + s.version() + "|" + s.value())) {
                        present++;
                    } else {
                        broken.add("node " + n + ": acknowledged save " + s + " missing");
                    }
                }
                presentOnAll = Math.min(presentOnAll, present);
                for (AckedImport a : ackedImports) {
                    try (ResultSet rs = st.executeQuery("SELECT i.status, i.created_count, (SELECT COUNT(*) FROM"
                            + " case_record r WHERE r.source = i.source) FROM case_import i WHERE i.id = "
                            + a.importId())) {
                        if (!rs.next() || !"COMMITTED".equals(rs.getString(1)) || rs.getInt(2) != a.created()
                                || rs.getInt(3) != a.created()) {
                            broken.add("node " + n + ": acknowledged import " + a + " not committed as answered");
                        }
                    }
                }
                try (ResultSet rs = st.executeQuery("""
                        SELECT s.source, COUNT(r.id) FROM (SELECT DISTINCT source FROM case_record
                            WHERE source LIKE 'cluster-%') s
                        JOIN case_record r ON r.source = s.source
                        WHERE NOT EXISTS (SELECT 1 FROM case_import i WHERE i.source = s.source AND i.status = 'COMMITTED')
                        GROUP BY s.source""")) {
                    while (rs.next()) {
                        broken.add("node " + n + ": " + rs.getLong(2) + " rows of " + rs.getString(1)
                                + " without a committed import");
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM case_import WHERE status = 'RUNNING'")) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        broken.add("node " + n + ": " + rs.getLong(1) + " imports left RUNNING");
                    }
                }
            }
        }
        presentEverywhere = presentOnAll;
        String line = String.format("%s: %d saves sent, %d acknowledged, %d of them present on every node;"
                        + " %d imports acknowledged; %s", when, savesSent.get(), ackedSaves.size(), presentOnAll,
                ackedImports.size(), broken.isEmpty() ? "nothing missing" : broken.size() + " problems");
        report.add(line);
        log("%s", line);
        assertThat(broken).as(when).isEmpty();
    }
}
