package org.caseaudit.faults;

import static org.caseaudit.faults.ClusterRig.log;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.caseaudit.benchmarks.BenchmarkResult;

/**
 * Not a test: the cluster benchmark of issue 28 ({@code scripts/benchmarks.sh cluster}). 50 simulated auditors, each
 * on an audit of their own, save answers over HTTP (the test-only {@link FaultDriver}, which calls
 * {@code AuditService.saveAnswer} as the workspace does), half of them pinned to each of two application nodes on the
 * three-node Galera cluster of {@code scripts/cluster/cluster.sh}; then, in the same run, the same against ONE
 * application node on the single MariaDB server on 127.0.0.1:3306. Each side: a warm-up, then three passes, its
 * figure the median pass's p95 (target: the cluster within 3x of one server). A fourth, longer cluster pass has
 * database node 1 (the first application node's writer) killed with SIGKILL a second in; afterwards the three nodes
 * are checked for every save it acknowledged (target: none missing).
 * Arguments: saves per auditor and pass (default 20). Databases: caseaudit_cluster_bench on the cluster, and
 * {@code -Dbench.single-database} (default caseaudit_g_single) on 3306, both dropped and recreated. Stops the cluster
 * at the end.
 */
public final class ClusterSaveBenchmark {

    private static final int AUDITORS = 50;

    private ClusterSaveBenchmark() {
    }

    /** What one pass measured. */
    record Pass(List<Long> latenciesMicros, int sent, List<ClusterFaultIT.AckedSave> acked, Map<String,
            Integer> answers) {
        long p95() {
            return percentile(95);
        }

        long percentile(int p) {
            List<Long> sorted = new ArrayList<>(latenciesMicros);
            Collections.sort(sorted);
            return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(
                    p / 100.0 * sorted.size()) - 1));
        }
    }

    public static void main(String[] args) throws Exception {
        int saves = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        try {
            run(saves);
        } finally {
            ClusterRig.script("stop");
        }
        System.exit(0);
    }

    private static void run(int saves) throws Exception {
        ClusterRig.script("start-db");
        Pass cluster;
        Pass killed;
        int lost;
        List<String> args = List.of();
        try (ClusterRig rig = new ClusterRig("caseaudit_cluster_bench", Path.of("target", "cluster-bench"))) {
            rig.recreateDatabase();
            rig.startApp(8181, ClusterRig.clusterUrl(rig.database, 1, 2, 3), args);
            rig.startApp(8182, ClusterRig.clusterUrl(rig.database, 2, 3, 1), args);
            Map<Long, Map<String, List<String>>> audits = rig.startAudits("http://127.0.0.1:8181", AUDITORS);
            List<String> nodes = List.of("http://127.0.0.1:8181", "http://127.0.0.1:8182");
            pass(rig, audits, nodes, 10, null); // warm-up
            cluster = median(rig, audits, nodes, saves, "cluster");
            // long enough that the kill, 1 s in, falls in the middle of it
            killed = pass(rig, audits, nodes, saves * 4, () -> ClusterRig.script("kill-db", "1"));
            log("cluster, database node 1 killed mid-pass: %s", describe(killed));
            ClusterRig.script("start-db");
            ClusterRig.awaitSynced(Duration.ofMinutes(5));
            lost = missing(rig, killed.acked());
        }
        ClusterRig.script("stop");

        Pass single;
        String singleDb = System.getProperty("bench.single-database", "caseaudit_g_single");
        try (ClusterRig rig = new ClusterRig(singleDb, Path.of("target", "cluster-bench-single"), new int[] {3306})) {
            try (Connection c = java.sql.DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
                 Statement st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + singleDb);
                st.execute("CREATE DATABASE " + singleDb + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            rig.startApp(8181, "jdbc:mariadb://127.0.0.1:3306/" + singleDb, args);
            Map<Long, Map<String, List<String>>> audits = rig.startAudits("http://127.0.0.1:8181", AUDITORS);
            List<String> nodes = List.of("http://127.0.0.1:8181");
            pass(rig, audits, nodes, 10, null);
            single = median(rig, audits, nodes, saves, "one node, one server");
        }
        double ratio = (double) cluster.p95() / single.p95();
        new BenchmarkResult("cluster save p95 (50 auditors)", ms(cluster.p95()) + " ms, 2 app nodes on 3 Galera nodes",
                ms(single.p95()) + " ms, 1 app node on 1 server", ratio, 3.0,
                String.format(Locale.ROOT, "median of 3 passes of %d saves each way; p50 %s vs %s ms",
                cluster.latenciesMicros().size(),
                        ms(cluster.percentile(50)), ms(single.percentile(50)))).print();
        new BenchmarkResult("acknowledged saves lost, DB node killed", lost + " of " + killed.acked().size()
                + " acknowledged", "0 (target)", lost, 0.0, String.format(Locale.ROOT,
                "%d sent during the pass; answers %s", killed.sent(), killed.answers())).print();
    }

    /** Three passes; the one with the median p95. */
    private static Pass median(ClusterRig rig, Map<Long, Map<String, List<String>>> audits, List<String> nodes,
                               int saves, String what) throws Exception {
        List<Pass> passes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Pass p = pass(rig, audits, nodes, saves, null);
            log("%s, pass %d: %s", what, i + 1, describe(p));
            passes.add(p);
        }
        passes.sort(java.util.Comparator.comparingLong(Pass::p95));
        return passes.get(1);
    }

    private static String ms(long micros) {
        return String.format(Locale.ROOT, "%.1f", micros / 1000.0);
    }

    private static String describe(Pass p) {
        return String.format(Locale.ROOT, "%d sent, %d acknowledged, p50 %s ms, p95 %s ms, answers %s", p.sent(),
                p.acked().size(), ms(p.percentile(50)), ms(p.p95()), p.answers());
    }

    /** Every auditor saves {@code saves} answers of their own audit on their node; {@code fault} strikes after 3 s. */
    private static Pass pass(ClusterRig rig, Map<Long, Map<String, List<String>>> audits, List<String> nodes, int saves,
                             ClusterFaultIT.Fault fault) throws Exception {
        List<Long> latencies = new CopyOnWriteArrayList<>();
        List<ClusterFaultIT.AckedSave> acked = new CopyOnWriteArrayList<>();
        Map<String, Integer> answers = new java.util.concurrent.ConcurrentSkipListMap<>();
        AtomicInteger sent = new AtomicInteger();
        Map<String, Long> versions = versions(rig);
        Map<String, String> values = new java.util.concurrent.ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        List<Long> ids = new ArrayList<>(audits.keySet());
        for (int t = 0; t < ids.size(); t++) {
            long audit = ids.get(t);
            String node = nodes.get(t % nodes.size());
            List<Map.Entry<String, List<String>>> questions = audits.get(audit).entrySet().stream()
                    .filter(e -> e.getValue().size() >= 2).toList();
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                    for (int i = 0; i < saves; i++) {
                        var q = questions.get(i % questions.size());
                        String key = audit + "|" + q.getKey();
                        String last = values.get(key);
                        String value = q.getValue().stream().filter(v -> !v.equals(last)).findFirst().orElseThrow();
                        long version = versions.getOrDefault(key, 0L);
                        sent.incrementAndGet();
                        long t0 = System.nanoTime();
                        String answer;
                        try {
                            HttpResponse<String> r = rig.save(node, audit, q.getKey(), value, version);
                            answer = String.valueOf(r.statusCode());
                            if (r.statusCode() == 200) {
                                latencies.add((System.nanoTime() - t0) / 1000);
                                long stored = FaultDriverClient.jsonLong(r.body(), "version");
                                versions.put(key, stored);
                                values.put(key, value);
                                acked.add(new ClusterFaultIT.AckedSave(audit, q.getKey(), value, stored));
                            } else {
                                versions.put(key, versionOf(rig, audit, q.getKey()));
                                values.remove(key);
                            }
                        } catch (java.io.IOException e) {
                            answer = "cut off";
                            Thread.sleep(200);
                        }
                        answers.merge(answer, 1, Integer::sum);
                    }
                } catch (Exception e) {
                    answers.merge("thread failed: " + e.getClass().getSimpleName(), 1, Integer::sum);
                }
            }));
        }
        start.countDown();
        if (fault != null) {
            Thread.sleep(1000);
            int before = acked.size();
            fault.strike();
            log("the fault struck after %d acknowledged saves of the pass", before);
        }
        for (Thread t : threads) {
            t.join();
        }
        return new Pass(latencies, sent.get(), acked, answers);
    }

    private static Map<String, Long> versions(ClusterRig rig) throws SQLException {
        Map<String, Long> versions = new java.util.concurrent.ConcurrentHashMap<>();
        try (Connection c = rig.anyNode(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT case_audit_id, question_key, version FROM audit_answer")) {
            while (rs.next()) {
                versions.put(rs.getLong(1) + "|" + rs.getString(2), rs.getLong(3));
            }
        }
        return versions;
    }

    private static long versionOf(ClusterRig rig, long audit, String question) throws SQLException {
        try (Connection c = rig.anyNode()) {
            return StoredAnswer.version(c, audit, question);
        }
    }

    /** Acknowledged saves whose version and value are not in the answer history of every database node. */
    private static int missing(ClusterRig rig, List<ClusterFaultIT.AckedSave> acked) throws SQLException {
        int worst = 0;
        for (int n = 1; n <= 3; n++) {
            Set<String> history = new HashSet<>();
            try (Connection c = rig.node(n); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT case_audit_id, question_key, version, answer_value"
                         + " FROM audit_answer FOR SYSTEM_TIME ALL")) {
                while (rs.next()) {
                    history.add(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getLong(3) + "|" + rs.getString(4));
                }
            }
            int missing = 0;
            for (ClusterFaultIT.AckedSave s : acked) {
                if (!history.contains(s.audit() + "|" + s.question() + "|" + s.version() + "|" + s.value())) {
                    missing++;
                }
            }
            log("database node %d: %d of %d acknowledged saves missing", n, missing, acked.size());
            worst = Math.max(worst, missing);
        }
        return worst;
    }
}
