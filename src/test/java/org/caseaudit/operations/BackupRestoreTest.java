package org.caseaudit.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseaudit.IntegrationTest;
import org.caseaudit.audit.AuditTestSupport;
import org.caseaudit.security.Roles;
import org.caseaudit.security.AuditTrail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * scripts/backup.sh and scripts/restore.sh against the test database: what is restored into a fresh schema has the
 * same tables, row counts and checksums, and audit_event stays append-only.
 */
@Tag("external")
@IntegrationTest
class BackupRestoreTest {

    private static final Pattern URL = Pattern.compile("^jdbc:mariadb://([^/:]+)(?::(\\d+))?/([A-Za-z0-9_]+)(\\?.*)?$");

    @Autowired
    AuditTrail auditTrail;
    @Autowired
    AuditTestSupport support;
    @Value("${spring.datasource.url}")
    String url;
    @Value("${spring.datasource.username}")
    String user;
    @Value("${spring.datasource.password:}")
    String password;

    private String host;
    private String port;
    private String source;
    private String restored;
    private Path backup;

    @BeforeEach
    void connectionDetails() throws IOException {
        Assumptions.assumeTrue(onPath("mariadb-dump") && onPath("mariadb"),
                "Backup and restore test skipped: mariadb-dump and mariadb (the MariaDB client) are not on PATH "
                        + "(install them with: apt-get install -y mariadb-client)");
        Matcher matcher = URL.matcher(url);
        assertThat(matcher.matches()).as("test database URL %s", url).isTrue();
        host = matcher.group(1);
        port = matcher.group(2) == null ? "3306" : matcher.group(2);
        source = matcher.group(3);
        restored = source + "_restored";
        Path folder = Files.createDirectories(Paths.get("target", "backup-test"));
        backup = folder.resolve(source + ".sql.gz");
        Files.deleteIfExists(backup);
        execute(serverUrl(), "DROP DATABASE IF EXISTS `" + restored + "`");
    }

    @AfterEach
    void dropRestoredCopy() throws IOException {
        if (restored != null) {
            execute(serverUrl(), "DROP DATABASE IF EXISTS `" + restored + "`");
        }
        if (backup != null) {
            Files.deleteIfExists(backup);
        }
    }

    @Test
    void a_backup_restored_into_a_fresh_schema_has_the_same_rows_checksums_and_append_only_audit_trail()
            throws Exception {
        // answers with a history of their own (started, then answered: more versions than rows), not the demo year's
        long audit = support.assign(support.newCycle(), "auditor", null);
        support.start(audit, "auditor", Roles.AUDITOR);
        support.answerAll(audit, "auditor", "Yes", "Good", Roles.AUDITOR);
        auditTrail.record("backup-test", "BACKUP_TEST", "database", source, "an entry the restore must keep",
                "127.0.0.1", AuditTrail.Outcome.SUCCESS);
        assertThat(run(source, "scripts/backup.sh", backup.toString()).exitCode()).isZero();
        assertThat(backup).isNotEmptyFile();

        assertThat(run(restored, "scripts/restore.sh", backup.toString()).exitCode()).isZero();

        Map<String, Long> sourceCounts = rowCounts(source);
        assertThat(sourceCounts).containsKeys("app_user", "audit_event", "flyway_schema_history");
        assertThat(sourceCounts.get("app_user")).isPositive();
        assertThat(sourceCounts.get("audit_event")).isPositive();
        assertThat(rowCounts(restored)).isEqualTo(sourceCounts);
        assertThat(checksums(restored)).isEqualTo(checksums(source));
        // the answers' history (system versioning) comes back, every version with its period
        Map<String, String> history = history(source);
        assertThat(history).containsKey("audit_answer");
        assertThat(Long.parseLong(history.get("audit_answer").split(" ")[0]))
                .as("versions of audit_answer beyond its current rows").isGreaterThan(sourceCounts.get("audit_answer"));
        assertThat(history(restored)).isEqualTo(history);
        assertThat(triggers(restored)).containsExactlyInAnyOrderElementsOf(triggers(source))
                .contains("audit_event_no_delete", "audit_event_no_update");

        assertThatThrownBy(() -> execute(databaseUrl(restored), "UPDATE audit_event SET detail = 'changed'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute(databaseUrl(restored), "DELETE FROM audit_event"))
                .hasMessageContaining("append-only");
    }

    @Test
    void restore_refuses_a_database_that_is_not_empty_unless_forced() throws Exception {
        assertThat(run(source, "scripts/backup.sh", backup.toString()).exitCode()).isZero();
        assertThat(run(restored, "scripts/restore.sh", backup.toString()).exitCode()).isZero();

        Result again = run(restored, "scripts/restore.sh", backup.toString());
        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.output()).contains("is not empty", "--force");

        assertThat(run(restored, "scripts/restore.sh", "--force", backup.toString()).exitCode()).isZero();
        assertThat(rowCounts(restored)).isEqualTo(rowCounts(source));
    }

    private record Result(int exitCode, String output) {
    }

    private Result run(String database, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(Map.of("CASEAUDIT_DB_HOST", host, "CASEAUDIT_DB_PORT", port,
                "CASEAUDIT_DB_USER", user, "CASEAUDIT_DB_PASSWORD", password, "CASEAUDIT_DB_NAME", database));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("%s finished in time", List.of(command)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private Map<String, Long> rowCounts(String database) throws SQLException {
        return perTable(database, table -> "SELECT COUNT(*) FROM `" + table + "`", 1);
    }

    private Map<String, Long> checksums(String database) throws SQLException {
        return perTable(database, table -> "CHECKSUM TABLE `" + table + "` EXTENDED", 2);
    }

    /** One number per table of {@code database}: column {@code column} of the row its {@code query} returns. */
    private Map<String, Long> perTable(String database, UnaryOperator<String> query, int column) throws SQLException {
        Map<String, Long> numbers = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(databaseUrl(database), user, password);
             Statement statement = connection.createStatement()) {
            for (String table : tables(statement, database)) {
                try (ResultSet rows = statement.executeQuery(query.apply(table))) {
                    rows.next();
                    numbers.put(table, rows.getLong(column));
                }
            }
        }
        return numbers;
    }

    /** Per system-versioned table: how many versions it holds, current and past, and a digest of them all. */
    private Map<String, String> history(String database) throws SQLException {
        Map<String, String> history = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(databaseUrl(database), user, password);
             Statement statement = connection.createStatement()) {
            List<String> versioned = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT TABLE_NAME FROM information_schema.TABLES WHERE"
                    + " TABLE_SCHEMA = '" + database + "' AND TABLE_TYPE = 'SYSTEM VERSIONED'")) {
                while (rows.next()) {
                    versioned.add(rows.getString(1));
                }
            }
            statement.execute("SET SESSION group_concat_max_len = 268435456");
            for (String table : versioned) { // audit_answer only, so far: its columns are named below
                try (ResultSet rows = statement.executeQuery("SELECT COUNT(*), SHA2(GROUP_CONCAT(CONCAT_WS('|', id,"
                        + " version, row_start, row_end, MD5(COALESCE(answer_value, '-'))) ORDER BY id, row_start"
                        + " SEPARATOR ';'), 256) FROM `" + table + "` FOR SYSTEM_TIME ALL")) {
                    rows.next();
                    history.put(table, rows.getLong(1) + " " + rows.getString(2));
                }
            }
        }
        return history;
    }

    private List<String> triggers(String database) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(serverUrl(), user, password);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = '"
                     + database + "'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static List<String> tables(Statement statement, String database) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(
                "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = '"
                + database + "' AND TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED') ORDER BY TABLE_NAME")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private void execute(String jdbcUrl, String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private String serverUrl() {
        return "jdbc:mariadb://" + host + ":" + port + "/";
    }

    private String databaseUrl(String database) {
        return serverUrl() + database;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Paths.get(folder, program))) {
                return true;
            }
        }
        return false;
    }
}
