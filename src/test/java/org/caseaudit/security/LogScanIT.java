package org.caseaudit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.caseaudit.shared.db.TestDatabaseServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No personal data or secrets in the application logs of this build: every log file the test JVMs wrote (surefire's
 * and failsafe's, under {@code caseaudit.test-log-dir}) is searched for the values that
 * src/test/resources/log-scan/sensitive-data.sql selects from the database (names, e-mails, password hashes; later
 * features add case references there), the demo users' names, the demo password and anything shaped like a bcrypt
 * hash. It reads the values from the test databases the build's test JVMs left on the server
 * ({@link #databasesOfThisBuild}), with plain JDBC: the application is not started for a scan (it took a context
 * start, a migration and the shared fixture, about 11 s of the build). Runs after every other test of the build:
 * failsafe's execution {@code log-scan} in pom.xml.
 */
class LogScanIT {

    /** Shorter values (initials, short team names) would match ordinary words. */
    private static final int MIN_LENGTH = 5;
    private static final Pattern BCRYPT = Pattern.compile("\\$2[abxy]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");

    @Test
    void the_logs_of_this_build_hold_no_personal_data_or_secrets() throws IOException, SQLException {
        Path logs = Paths.get(System.getProperty("caseaudit.test-log-dir", "target/test-logs"));
        List<Path> files = logFiles(logs);
        assertThat(files).as("log files under %s (is logging.file.name set in application-test.properties?)",
                logs.toAbsolutePath()).isNotEmpty();

        Set<String> sensitive = sensitiveValues();
        assertThat(sensitive).as("sensitive values to look for").contains(DemoUsers.DEMO_PASSWORD, "Ada Adeyemi");

        List<String> findings = new ArrayList<>();
        for (Path file : files) {
            findings.addAll(scan(file, sensitive));
        }
        assertThat(findings).as("personal data or secrets in the logs (log an id or username instead):%n%s",
                String.join("\n", findings)).isEmpty();
    }

    @Test
    void the_scan_names_the_file_and_line_of_a_leak(@TempDir Path folder) throws IOException {
        Path log = folder.resolve("app.log");
        Files.writeString(log, "started\nsaved user Ada Adeyemi\nhash $2a$10$" + "a".repeat(53) + "\n");
        assertThat(scan(log, Set.of("Ada Adeyemi")))
                .containsExactly(log + ":2: \"Ada Adeyemi\"", log + ":3: a bcrypt password hash");
    }

    private Set<String> sensitiveValues() throws IOException, SQLException {
        Set<String> values = new LinkedHashSet<>();
        values.add(DemoUsers.DEMO_PASSWORD);
        DemoUsers.USERS.forEach(user -> values.add(user.fullName()));
        List<String> queries = queries();
        try (TestDatabaseServer.Opened server = TestDatabaseServer.open()) {
            Connection connection = server.connection();
            List<String> databases = databasesOfThisBuild(connection, server.baseDatabase());
            assertThat(databases).as("test databases named after %s holding the application's tables (the scan runs"
                    + " after the build's other test JVMs)", server.baseDatabase()).isNotEmpty();
            for (String database : databases) {
                connection.setCatalog(database);
                try (Statement statement = connection.createStatement()) {
                    for (String query : queries) {
                        try (ResultSet rows = statement.executeQuery(query)) {
                            while (rows.next()) {
                                String value = rows.getString(1);
                                if (value != null) {
                                    // Stored hashes carry the encoder's prefix, e.g. {bcrypt}; a log line would
                                    // hold the bare hash.
                                    values.add(value.replaceFirst("^\\{[a-z0-9]+}", "").trim());
                                }
                            }
                        }
                    }
                }
            }
        }
        values.removeIf(v -> v.length() < MIN_LENGTH);
        return values;
    }

    /**
     * The test databases of the build's test JVMs on the server, which keep their data after their JVM ended: the
     * side-by-side forks' {@code <name>_f<n>} (surefire's and the journeys'), their time-travel moments' and the fault
     * test's, and {@code <name>} itself where a JVM without a fork number used it. A database not migrated (no
     * {@code app_user}) is left out.
     */
    private static List<String> databasesOfThisBuild(Connection connection, String base) throws SQLException {
        List<String> databases = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT table_schema FROM information_schema.tables
                 WHERE table_name = 'app_user'
                   AND (table_schema = ? OR table_schema LIKE CONCAT(REPLACE(?, '_', '\\_'), '\\_f%'))
                 ORDER BY table_schema""")) {
            query.setString(1, base);
            query.setString(2, base);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    databases.add(rows.getString(1));
                }
            }
        }
        return databases;
    }

    private static List<String> queries() throws IOException {
        try (InputStream in = LogScanIT.class.getResourceAsStream("/log-scan/sensitive-data.sql");
             BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in,
                     "src/test/resources/log-scan/sensitive-data.sql is missing"), StandardCharsets.UTF_8))) {
            return reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("--")).toList();
        }
    }

    private static List<Path> logFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static List<String> scan(Path file, Set<String> sensitive) throws IOException {
        List<String> findings = new ArrayList<>();
        InputStream raw = Files.newInputStream(file);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                for (String value : sensitive) {
                    if (line.contains(value)) {
                        // Name the value only if it is not a secret: the report must not leak it again.
                        String what = value.startsWith("$2") || value.equals(DemoUsers.DEMO_PASSWORD)
                                ? "a password or password hash" : "\"" + value + "\"";
                        findings.add(file + ":" + number + ": " + what);
                    }
                }
                if (BCRYPT.matcher(line).find() && sensitive.stream().noneMatch(line::contains)) {
                    findings.add(file + ":" + number + ": a bcrypt password hash");
                }
            }
        }
        return findings;
    }
}
