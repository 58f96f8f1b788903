package org.caseaudit.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Production hardening checked at every start (issue 19), each shortfall a warning in the log naming what to change
 * (docs/operations.md "Production hardening"): the database files not encrypted at rest ({@code innodb_encrypt_tables}
 * off), the application's database account holding a schema owner's privileges, and secure cookies asked for while the
 * application cannot tell that requests came over HTTPS (no forwarded-headers strategy, so no HSTS either), and
 * passwords hashed with a BCrypt cost under 10 (the test profile's setting).
 */
@Component
public class ProductionChecks {

    /** Privileges the runtime account must not have (docs/operations.md "Deploying with two database accounts"). */
    static final Set<String> OWNER_PRIVILEGES = Set.of("ALL PRIVILEGES", "ALL", "DROP", "ALTER", "TRIGGER",
            "DELETE HISTORY", "CREATE", "INDEX", "SUPER", "CREATE ROUTINE", "ALTER ROUTINE", "GRANT OPTION",
            "CREATE USER", "FILE", "LOCK TABLES", "REFERENCES");
    private static final Pattern GRANT = Pattern.compile("^GRANT (.+?) ON (\\S+) TO .*?( WITH GRANT OPTION)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Logger log = LoggerFactory.getLogger(ProductionChecks.class);

    private final JdbcTemplate jdbc;
    private final Environment environment;

    ProductionChecks(JdbcTemplate jdbc, Environment environment) {
        this.jdbc = jdbc;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnAtStart() {
        findings().forEach(finding -> log.warn("Production hardening: {}", finding));
    }

    /** Every shortfall found, in plain words; empty when the setup is hardened. */
    public List<String> findings() {
        List<String> findings = new ArrayList<>();
        try {
            String encrypted = jdbc.queryForObject("SELECT @@innodb_encrypt_tables", String.class);
            if (encrypted == null || encrypted.equalsIgnoreCase("OFF") || encrypted.equals("0")) {
                findings.add("the database does not encrypt its tables at rest (innodb_encrypt_tables is OFF); "
                        + "enable MariaDB's file_key_management plugin and innodb_encrypt_tables=ON");
            }
        } catch (DataAccessException e) {
            findings.add("could not read innodb_encrypt_tables: " + e.getMostSpecificCause().getMessage());
        }
        try {
            List<String> owner = ownerPrivileges(jdbc.queryForList("SHOW GRANTS FOR CURRENT_USER()", String.class));
            if (!owner.isEmpty()) {
                findings.add("the application's database account has a schema owner's privileges ("
                        + String.join(", ", owner)
                        + "); run it as a runtime account and migrate as the owner (SPRING_FLYWAY_USER)");
            }
        } catch (DataAccessException e) {
            findings.add("could not read the database account's grants: " + e.getMostSpecificCause().getMessage());
        }
        boolean secureCookies = Boolean.parseBoolean(environment.getProperty(
                "server.servlet.session.cookie.secure", "false"));
        if (secureCookies && !StringUtils.hasText(environment.getProperty("server.forward-headers-strategy"))) {
            findings.add("CASEAUDIT_SECURE_COOKIES is on but SERVER_FORWARD_HEADERS_STRATEGY is unset: behind an HTTPS "
                    + "proxy the application cannot tell requests came over HTTPS, so it sends no HSTS header");
        }
        passwordHashCost(environment.getProperty("caseaudit.security.password-hash-cost", Integer.class, 10))
                .ifPresent(findings::add);
        return findings;
    }

    /** The finding for passwords hashed with a BCrypt cost under 10 (the test profile's setting), if it is. */
    static Optional<String> passwordHashCost(int cost) {
        return cost >= 10 ? Optional.empty() : Optional.of("passwords are hashed with BCrypt cost " + cost
                + ", below 10 (a setting for tests); unset caseaudit.security.password-hash-cost");
    }

    /** The owner privileges among SHOW GRANTS lines, each with what it applies to. */
    static List<String> ownerPrivileges(List<String> grants) {
        List<String> found = new ArrayList<>();
        for (String grant : grants) {
            Matcher m = GRANT.matcher(grant.strip());
            if (!m.matches()) {
                continue;
            }
            String on = m.group(2);
            for (String privilege : m.group(1).split(",")) {
                String p = privilege.strip().replaceAll("\\s*\\(.*\\)$", "").toUpperCase(Locale.ROOT);
                if (OWNER_PRIVILEGES.contains(p)) {
                    found.add(p + " ON " + on);
                }
            }
            if (m.group(3) != null) {
                found.add("GRANT OPTION ON " + on);
            }
        }
        return found;
    }
}
