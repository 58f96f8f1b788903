package org.caseaudit.shared.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Creates (or drops and recreates) a database on a MariaDB server before the application connects to it. */
final class FreshDatabase {

    private static final Pattern URL = Pattern.compile("^(jdbc:mariadb://[^/]+/)([A-Za-z0-9_]+)(\\?.*)?$");
    private static final Set<String> recreatedInThisJvm = new HashSet<>();
    private static final Map<String, Optional<Account>> runtimeAccounts = new HashMap<>();

    /** A database account: name and password. */
    record Account(String username, String password) {
        @Override
        public String toString() {
            return "Account[" + username + "]";
        }
    }

    /**
     * The runtime account for a test database ({@code <database>_app}@'%', a fresh random password per JVM), created
     * by the test server's account when it may create users; empty when it may not.
     */
    static synchronized Optional<Account> runtimeAccountOncePerJvm(String url, String user, String password) {
        return runtimeAccounts.computeIfAbsent(url, key -> {
            Matcher matcher = URL.matcher(url);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            byte[] bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            Account account = new Account(matcher.group(2) + "_app", HexFormat.of().formatHex(bytes));
            try {
                execute(matcher.group(1), user, password, "CREATE OR REPLACE USER '" + account.username()
                        + "'@'%' IDENTIFIED BY '" + account.password() + "'");
                return Optional.of(account);
            } catch (IllegalStateException e) {
                return Optional.empty();
            }
        });
    }

    private FreshDatabase() {
    }

    /** The URL with {@code suffix} appended to its database name (the URL as it is when the suffix is empty). */
    static String withSuffix(String url, String suffix) {
        if (suffix.isEmpty()) {
            return url;
        }
        Matcher matcher = URL.matcher(url);
        if (!matcher.matches()) {
            throw new IllegalStateException("TEST_DB_URL must look like jdbc:mariadb://host:port/database, got " + url);
        }
        return matcher.group(1) + matcher.group(2) + suffix + (matcher.group(3) == null ? "" : matcher.group(3));
    }

    /** The server part ({@code jdbc:mariadb://host:port/}) and the database name of a test database URL. */
    record Parts(String serverUrl, String database) {
    }

    static Parts parts(String url) {
        Matcher matcher = URL.matcher(url);
        if (!matcher.matches()) {
            throw new IllegalStateException("TEST_DB_URL must look like jdbc:mariadb://host:port/database, got " + url);
        }
        return new Parts(matcher.group(1), matcher.group(2));
    }

    static synchronized void recreateOncePerJvm(String url, String user, String password) {
        Matcher matcher = URL.matcher(url);
        if (!matcher.matches()) {
            throw new IllegalStateException("TEST_DB_URL must look like jdbc:mariadb://host:port/database, got " + url);
        }
        if (recreatedInThisJvm.add(url)) {
            recreate(matcher.group(1), matcher.group(2), user, password);
        }
    }

    static void recreate(String serverUrl, String database, String user, String password) {
        execute(serverUrl, user, password, "DROP DATABASE IF EXISTS `" + database + "`",
                "CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    static void createIfMissing(String serverUrl, String database, String user, String password) {
        execute(serverUrl, user, password,
                "CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    private static void execute(String serverUrl, String user, String password, String... statements) {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the database at " + serverUrl + ": "
                    + e.getMessage(), e);
        }
    }
}
