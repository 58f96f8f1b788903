package org.caseaudit.faults;

import static org.caseaudit.faults.FaultDriverClient.classpath;
import static org.caseaudit.faults.FaultDriverClient.enc;
import static org.caseaudit.faults.FaultDriverClient.jsonLong;
import static org.caseaudit.faults.FaultDriverClient.parseIds;
import static org.caseaudit.faults.FaultDriverClient.parseOptions;

import java.io.IOException;
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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * What the cluster fault tests and the cluster benchmark share: the database nodes of
 * {@code scripts/cluster/cluster.sh} (3311-3313), application nodes started from the test classpath with the
 * test-only {@link FaultDriver} (the production jar has no driver), HTTP helpers and the fixtures (an integration
 * token, audits assigned and started). Application nodes listen on 8181/8182 so the script's HAProxy (8180) fronts
 * them. Each node lists the database nodes in its own order, so the two write through different Galera nodes.
 */
final class ClusterRig implements AutoCloseable {

    static final int[] DB_PORTS = {3311, 3312, 3313};
    static final String LB = "http://127.0.0.1:8180";
    /** The application runs on this stopped clock (as in {@link FaultKillIT}); the database keeps its own time. */
    static final java.time.Instant MOMENT = java.time.Instant.parse("2026-11-20T10:00:00Z");

    final String database;
    /** The database servers this rig reads and checks: the cluster's nodes, or one server. */
    final int[] ports;
    final String token = "cat_cluster" + UUID.randomUUID().toString().replace("-", "");
    final String secret = UUID.randomUUID().toString();
    final Path work;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<Integer, Process> apps = new LinkedHashMap<>();

    ClusterRig(String database, Path work) throws IOException {
        this(database, work, DB_PORTS);
    }

    ClusterRig(String database, Path work, int[] ports) throws IOException {
        this.database = database;
        this.ports = ports.clone();
        this.work = work;
        Files.createDirectories(work);
        try (var old = Files.list(work)) {
            for (Path p : old.filter(p -> p.toString().endsWith(".log")).toList()) {
                Files.delete(p);
            }
        }
    }

    // --- the script ---

    static String script(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "scripts/cluster/cluster.sh"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("cluster.sh " + String.join(" ", args) + " failed:\n" + out);
        }
        log("cluster.sh %s: %s", String.join(" ", args), out.strip().replace("\n", " | "));
        return out;
    }

    // --- database nodes ---

    /** A connection straight to database node n (1-3); reads wait until the node has applied what it has received. */
    Connection node(int n) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + ports[n - 1] + "/" + database,
                "root", "");
        if (ports.length > 1) {
            try (Statement st = c.createStatement()) {
                st.execute("SET SESSION wsrep_sync_wait = 1");
            }
        }
        return c;
    }

    static Connection server(int n) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + DB_PORTS[n - 1] + "/", "root", "");
    }

    /** The first database node that answers. */
    Connection anyNode() throws SQLException {
        SQLException last = null;
        for (int n = 1; n <= ports.length; n++) {
            try {
                return node(n);
            } catch (SQLException e) {
                last = e;
            }
        }
        throw last;
    }

    static String status(int n, String name) throws SQLException {
        try (Connection c = server(n); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SHOW GLOBAL STATUS LIKE '" + name + "'")) {
            return rs.next() ? rs.getString(2) : null;
        }
    }

    static String variable(int n, String name) throws SQLException {
        try (Connection c = server(n); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SHOW GLOBAL VARIABLES LIKE '" + name + "'")) {
            return rs.next() ? rs.getString(2) : null;
        }
    }

    /** Waits until every node reports a cluster of three and is Synced. */
    static void awaitSynced(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                boolean all = true;
                for (int n = 1; n <= DB_PORTS.length; n++) {
                    all &= "3".equals(status(n, "wsrep_cluster_size"))
                            && "Synced".equals(status(n, "wsrep_local_state_comment"));
                }
                if (all) {
                    return;
                }
            } catch (SQLException notYet) {
                // a node still starting
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the cluster did not come back to three synced nodes within " + timeout);
    }

    void recreateDatabase() throws SQLException {
        try (Connection c = server(1); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + database);
            st.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    // --- application nodes ---

    static String clusterUrl(String database, int... order) {
        List<String> hosts = new ArrayList<>();
        for (int n : order) {
            hosts.add("127.0.0.1:" + DB_PORTS[n - 1]);
        }
        return "jdbc:mariadb:sequential://" + String.join(",", hosts) + "/" + database;
    }

    /** Starts an application node on {@code port} against {@code dbUrl} and waits until it is ready. */
    Process startApp(int port, String dbUrl, List<String> args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx640m", "-XX:TieredStopAtLevel=1", "-cp",
                classpath(), "org.caseaudit.Application"));
        command.addAll(args);
        Path logFile = work.resolve("app-" + port + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        Map<String, String> env = builder.environment();
        FaultDriverClient.appEnvironment(env, dbUrl, "root", "", true, MOMENT, secret, port);
        env.put("SERVER_PORT", String.valueOf(port));
        long t0 = System.nanoTime();
        Process process = builder.start();
        apps.put(port, process);
        long deadline = System.nanoTime() + Duration.ofSeconds(Long.getLong("cluster.start-timeout", 420)).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("application node " + port + " exited while starting; see "
                        + logFile.toAbsolutePath());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/fault-driver/ping")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    log("application node %d up after %d s", port, TimeUnit.NANOSECONDS.toSeconds(
                            System.nanoTime() - t0));
                    return process;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new AssertionError("application node " + port + " did not start; see " + logFile.toAbsolutePath());
    }

    void killApp(int port) throws InterruptedException {
        Process p = apps.remove(port);
        if (p != null) {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() {
        for (Process p : apps.values()) {
            p.destroyForcibly();
        }
        apps.clear();
    }

    // --- fixtures ---

    void insertToken() throws Exception {
        try (Connection c = anyNode(); var ps = c.prepareStatement(
                "INSERT INTO case_integration_token (name, token_hash,"
                + " token_hint, created_by, created_at, expires_at, scopes) VALUES ('cluster-test-job', ?, ?,"
                + " 'cluster-test', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) + INTERVAL 1 YEAR, 'IMPORT,EXPORT')")) {
            ps.setString(1, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8))));
            ps.setString(2, token.substring(0, 8));
            ps.executeUpdate();
        }
    }

    /** Assigns {@code count} audits to the fault cycle and starts them; audit id -> question -> options. */
    Map<Long, Map<String, List<String>>> startAudits(String base, int count) throws Exception {
        List<Long> ids = parseIds(post(base, "/fault-driver/assign", "count=" + count).body());
        Map<Long, Map<String, List<String>>> started = new LinkedHashMap<>();
        for (Long id : ids) {
            HttpResponse<String> r = post(base, "/fault-driver/open", "audit=" + id);
            if (r.statusCode() != 200) {
                throw new IllegalStateException("open " + id + ": " + r.statusCode() + " " + r.body());
            }
            started.put(id, parseOptions(r.body()));
        }
        return started;
    }

    // --- HTTP ---

    HttpResponse<String> post(String base, String path, String form) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form + "&secret=" + secret)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> save(String base, long audit, String question, String value, long version)
            throws IOException, InterruptedException {
        return post(base, "/fault-driver/answer", "audit=" + audit + "&question=" + enc(question) + "&value="
                + enc(value) + "&version=" + version);
    }

    HttpResponse<String> multipart(String base, String path, Path file, Duration timeout)
            throws IOException, InterruptedException {
        String boundary = "cluster" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                                HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @SuppressWarnings("java:S106")
    static void log(String format, Object... args) {
        System.out.println("[cluster] " + String.format(java.util.Locale.ROOT, format, args));
    }
}
