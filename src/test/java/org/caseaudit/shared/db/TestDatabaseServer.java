package org.caseaudit.shared.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The database server the build's test JVMs used, reached without starting the application: the server in
 * {@code TEST_DB_URL} (with {@code TEST_DB_USER}/{@code TEST_DB_PASSWORD}), or else the embedded test server under
 * {@code target/test-mariadb}, started again on its data (as {@link DatabaseEnvironmentPostProcessor} starts it, without
 * recreating anything). For tests that read what other test JVMs left, such as {@code LogScanIT}.
 */
public final class TestDatabaseServer {

    private TestDatabaseServer() {
    }

    /** A connection to the server and the name of the test database the JVMs' own ones are named after. */
    public record Opened(Connection connection, String baseDatabase) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }

    public static Opened open() throws SQLException {
        String url = setting("TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            FreshDatabase.Parts parts = FreshDatabase.parts(url);
            String user = setting("TEST_DB_USER");
            String password = setting("TEST_DB_PASSWORD");
            return new Opened(DriverManager.getConnection(parts.serverUrl(), user == null ? "root" : user,
                    password == null ? "" : password), parts.database());
        }
        String database = "caseaudit_test";
        EmbeddedDatabase.Connection embedded = EmbeddedDatabase.INSTANCE.start(Path.of("target", "test-mariadb"),
                database, false);
        FreshDatabase.Parts parts = FreshDatabase.parts(embedded.url());
        return new Opened(DriverManager.getConnection(parts.serverUrl(), embedded.credentials().ownerUser(),
                embedded.credentials().ownerPassword()), database);
    }

    private static String setting(String name) {
        String value = System.getProperty(name);
        return value != null ? value : System.getenv(name);
    }
}
