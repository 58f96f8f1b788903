package org.caseaudit.shared.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * After every Flyway run the schema owner grants the runtime account exactly what the application needs (issue 19,
 * item 8), table by table, because MariaDB has no "all tables but one":
 * <ul>
 * <li>{@code audit_event} (the audit trail): SELECT and INSERT only; the purge is a procedure that runs with its
 * definer's rights and reads the retention from {@code retention_setting};</li>
 * <li>{@link #READ_ONLY} tables (settings only the owner writes): SELECT;</li>
 * <li>every other table: SELECT, INSERT, UPDATE, DELETE; sequences SELECT, INSERT;</li>
 * <li>EXECUTE on the schema's procedures.</li>
 * </ul>
 * Never DROP, ALTER, CREATE, INDEX, TRIGGER, DELETE HISTORY, REFERENCES or LOCK TABLES (TRUNCATE needs DROP). It runs
 * only when the runtime account ({@code caseaudit.database.runtime.username}, default the datasource's user) is not
 * the account Flyway runs as. Grants are only ever added: an account that was given more by hand keeps it, and
 * {@code ProductionChecks} warns at start.
 */
@Component
class RuntimeAccountGrants extends AfterMigrateCallback {

    static final Set<String> READ_ONLY = Set.of("retention_setting");
    private static final Set<String> NOT_GRANTED = Set.of("flyway_schema_history");
    private static final Pattern ACCOUNT_PART = Pattern.compile("[A-Za-z0-9_.%-]{1,128}");
    private static final Logger log = LoggerFactory.getLogger(RuntimeAccountGrants.class);

    private final String runtimeUser;
    private final String runtimeHost;

    RuntimeAccountGrants(Environment environment) {
        super("runtime-account-grants");
        this.runtimeUser = environment.getProperty("caseaudit.database.runtime.username",
                environment.getProperty("spring.datasource.username", ""));
        this.runtimeHost = environment.getProperty("caseaudit.database.runtime.host", "%");
    }

    @Override
    protected void afterMigrate(Connection connection) throws SQLException {
        if (StringUtils.hasText(runtimeUser)) {
            grant(connection);
        }
    }

    @Override
    protected String failure(SQLException e) {
        return "The schema owner could not grant the runtime account '" + runtimeUser + "'@'" + runtimeHost
                + "' its privileges: " + e.getMessage() + ". Give the owner GRANT OPTION on the schema, or run the"
                + " GRANT statements in docs/operations.md yourself.";
    }

    void grant(Connection connection) throws SQLException {
        String owner = single(connection, "SELECT SUBSTRING_INDEX(CURRENT_USER(), '@', 1)");
        if (runtimeUser.equals(owner)) {
            log.warn(
                    "The application and Flyway use the same database account '{}': it can change and delete the audit "
                    + "trail's table. Run with two accounts (docs/operations.md, 'Deploying with two database "
                    + "accounts').", owner);
            return;
        }
        if (!ACCOUNT_PART.matcher(runtimeUser).matches() || !ACCOUNT_PART.matcher(runtimeHost).matches()) {
            throw new SQLException("unusual characters in the runtime account name");
        }
        String account = "'" + runtimeUser + "'@'" + runtimeHost + "'";
        List<String> grants = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String table = rs.getString(1);
                String privileges = privilegesFor(table, rs.getString(2));
                if (privileges != null) {
                    grants.add("GRANT " + privileges + " ON " + quote(table) + " TO " + account);
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT ROUTINE_NAME, ROUTINE_TYPE FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE()");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                grants.add("GRANT EXECUTE ON " + rs.getString(2) + " " + quote(rs.getString(1)) + " TO " + account);
            }
        }
        try (Statement st = connection.createStatement()) {
            for (String sql : grants) {
                st.execute(sql);
            }
        }
        log.info("Runtime database account {} granted its privileges on {} tables and routines", account,
                grants.size());
    }

    /** The privileges the runtime account gets on a table, or null for none. */
    static String privilegesFor(String table, String type) {
        if (NOT_GRANTED.contains(table)) {
            return null;
        }
        if ("audit_event".equals(table) || "SEQUENCE".equals(type)) {
            return "SELECT, INSERT";
        }
        if (READ_ONLY.contains(table) || "VIEW".equals(type)) {
            return "SELECT";
        }
        return "SELECT, INSERT, UPDATE, DELETE";
    }

    private static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
