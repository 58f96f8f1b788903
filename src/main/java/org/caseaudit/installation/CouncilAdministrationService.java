package org.caseaudit.installation;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.caseaudit.cases.IntegrationTokenService;
import org.springframework.context.ApplicationEventPublisher;
import org.caseaudit.security.Role;
import org.caseaudit.security.Roles;
import org.caseaudit.security.TeamException;
import org.caseaudit.security.TeamService;
import org.caseaudit.security.UserAdministrationException;
import org.caseaudit.security.UserDetailsForm;
import org.caseaudit.security.UserService;
import org.caseaudit.shared.SpreadsheetText;
import org.caseaudit.shared.council.CouncilScope;
import org.caseaudit.shared.council.CurrentCouncil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The installation's partnerships and councils (decision 0014): create a council with its first administrator, add
 * its teams and integration accounts (each made inside the council's scope by the service that owns it, so it
 * belongs to that council), export a council's data whole and offboard it (delete it whole, all-or-nothing).
 * <p>
 * Only an administrator working in the installation council may do this; a council's own administrators cannot
 * (refused here, not only on the page). Not transactional as a whole: work for another council runs in a transaction
 * of its own opened inside that council's scope (a Hibernate session takes its council when it opens).
 */
@Service
public class CouncilAdministrationService {

    static final String TARGET = "council";
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,15}");
    /** The trail survives an offboarding: append-only, the record of who saw what (decision 0014). */
    static final Set<String> KEPT_TABLES = Set.of("audit_event");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final UserService users;
    private final TeamService teams;
    private final IntegrationTokenService tokens;
    private final ApplicationEventPublisher trail;
    private final CurrentCouncil currentCouncil;
    private final Clock clock;

    CouncilAdministrationService(JdbcTemplate jdbc, PlatformTransactionManager transactions, UserService users,
            TeamService teams, IntegrationTokenService tokens, ApplicationEventPublisher trail,
            CurrentCouncil currentCouncil,
            Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.users = users;
        this.teams = teams;
        this.tokens = tokens;
        this.trail = trail;
        this.currentCouncil = currentCouncil;
        this.clock = clock;
    }

    /** Every council, active first, then by name. */
    @RolesAllowed(Roles.ADMIN)
    public List<CouncilSummary> councils() {
        requireInstallationAdministrator();
        return jdbc.query("SELECT c.id, c.code, c.name, p.name AS partnership, c.created_at, c.offboarded_at,"
                + " (SELECT COUNT(*) FROM app_user_council m WHERE m.council_id = c.id) AS users"
                + " FROM council c LEFT JOIN partnership p ON p.id = c.partnership_id"
                + " ORDER BY c.offboarded_at IS NOT NULL, c.name", (rs, i) -> new CouncilSummary(rs.getLong("id"),
                rs.getString("code"), rs.getString("name"), rs.getString("partnership"), rs.getInt("users"),
                // empty only until the first start stamps it from the clock (V48)
                rs.getTimestamp("created_at") == null ? null : rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("offboarded_at") == null ? null
                : rs.getTimestamp("offboarded_at").toInstant()));
    }

    @RolesAllowed(Roles.ADMIN)
    public List<PartnershipRow> partnerships() {
        requireInstallationAdministrator();
        return jdbc.query("SELECT id, code, name FROM partnership ORDER BY name",
                (rs, i) -> new PartnershipRow(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    /** A new partnership; the code is unique (capitals, digits and hyphens). */
    @RolesAllowed(Roles.ADMIN)
    public PartnershipRow createPartnership(String code, String name) {
        requireInstallationAdministrator();
        String c = code(code);
        String n = name(name);
        if (count("SELECT COUNT(*) FROM partnership WHERE code = ?", c) > 0) {
            throw new CouncilAdministrationException("code", "There is already a partnership with the code " + c);
        }
        long id = insert("INSERT INTO partnership (code, name) VALUES (?, ?)", c, n);
        trail.publishEvent(new InstallationTrail.PartnershipCreated(c, n));
        return new PartnershipRow(id, c, n);
    }

    /**
     * A new council with its first administrator and the rows a fresh installation's council starts with (the
     * built-in mapping profiles, the national timescale rules, the report schedule: {@link CouncilStartingRows}).
     * One transaction, opened inside the new council's scope (a Hibernate session takes its council when it opens):
     * if the administrator cannot be created (a taken username, a weak password), nothing is. The administrator must
     * replace the initial password at their first sign-in (as every user given one by an administrator).
     */
    @RolesAllowed(Roles.ADMIN)
    public CouncilSummary create(NewCouncil request) {
        requireInstallationAdministrator();
        String c = code(request.code());
        String n = name(request.name());
        if (count("SELECT COUNT(*) FROM council WHERE code = ?", c) > 0) {
            throw new CouncilAdministrationException("code", "There is already a council with the code " + c);
        }
        if (request.partnershipId() != null
                && count("SELECT COUNT(*) FROM partnership WHERE id = ?", request.partnershipId()) == 0) {
            throw new CouncilAdministrationException("partnership", "No partnership " + request.partnershipId());
        }
        UserDetailsForm admin = new UserDetailsForm();
        admin.setUsername(request.adminUsername());
        admin.setFullName(request.adminFullName());
        admin.setEmail(request.adminEmail() == null ? "" : request.adminEmail());
        admin.setTeam("");
        admin.setRoles(Set.of(Role.ADMIN));
        admin.setPasswordChangeOnFirstSignIn(true);
        long id = 0;
        for (int attempt = 1; id == 0; attempt++) {
            // the scope needs the id before the transaction opens: the next one, taken again if another creation
            // took it meanwhile (a council row is never deleted, so an id is never reused)
            Long max = jdbc.queryForObject("SELECT MAX(id) FROM council", Long.class);
            long next = (max == null ? 0 : max) + 1;
            try {
                CouncilScope.run(next, () -> transaction.executeWithoutResult(s -> {
                    jdbc.update(
                            "INSERT INTO council (id, code, name, partnership_id, created_at) VALUES (?, ?, ?, ?, ?)",
                            next, c, n, request.partnershipId(), Timestamp.from(clock.instant()));
                    CouncilStartingRows.add(jdbc, next, clock.instant());
                    users.create(admin, request.adminPassword());
                }));
                id = next;
            } catch (UserAdministrationException e) {
                throw new CouncilAdministrationException("admin-" + e.field(), e.getMessage());
            } catch (DuplicateKeyException e) {
                if (count("SELECT COUNT(*) FROM council WHERE code = ?", c) > 0) {
                    throw new CouncilAdministrationException("code", "There is already a council with the code " + c);
                }
                if (attempt >= 3) {
                    throw e;
                }
            }
        }
        trail.publishEvent(new InstallationTrail.CouncilCreated(c, n, request.adminUsername()));
        long created = id;
        return councils().stream().filter(x -> x.id() == created).findFirst().orElseThrow();
    }

    /** A team of an active council (made by the team service inside that council's scope). */
    @RolesAllowed(Roles.ADMIN)
    public void addTeam(long councilId, String name) {
        requireInstallationAdministrator();
        String code = requireActive(councilId);
        try {
            CouncilScope.run(councilId, () -> teams.save(null, 0, name, List.of(), List.of(), true));
        } catch (TeamException e) {
            throw new CouncilAdministrationException("team-" + e.field(), e.getMessage());
        }
        trail.publishEvent(new InstallationTrail.TeamAdded(code, name));
    }

    /** An integration account of an active council; the token is shown once. */
    @RolesAllowed(Roles.ADMIN)
    public IntegrationTokenService.CreatedToken addIntegrationAccount(long councilId, String name) {
        requireInstallationAdministrator();
        String code = requireActive(councilId);
        IntegrationTokenService.CreatedToken token;
        try {
            token = CouncilScope.call(councilId, () -> tokens.create(name));
        } catch (IllegalArgumentException e) {
            // the token service refuses a bad name this way
            throw new CouncilAdministrationException("integration-name", e.getMessage());
        }
        trail.publishEvent(new InstallationTrail.IntegrationAdded(code, name));
        return token;
    }

    /**
     * The council's data whole, as a zip: one CSV per council table holding that council's rows only (its audit
     * trail included; answers with every stored version), {@code users.csv} (its members, without password hashes),
     * {@code manifest.csv} (rows per file) and {@code README.txt}. Written to {@code out}; audit-trailed.
     */
    @RolesAllowed(Roles.ADMIN)
    public void export(long councilId, OutputStream out) {
        requireInstallationAdministrator();
        String code = codeOf(councilId);
        Map<String, Integer> counts = new LinkedHashMap<>();
        Set<String> versioned = new HashSet<>(jdbc.queryForList(
                "SELECT LOWER(table_name) FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_type = 'SYSTEM VERSIONED'", String.class));
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            for (String table : allCouncilTables()) {
                zip.putNextEntry(new ZipEntry(table + ".csv"));
                String sql = "SELECT * FROM " + table + (versioned.contains(table) ? " FOR SYSTEM_TIME ALL" : "")
                        + " WHERE council_id = ?";
                counts.put(table + ".csv", csv(writer, sql, councilId));
                writer.flush();
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("users.csv"));
            counts.put("users.csv", csv(writer, "SELECT u.username, u.full_name, u.email, u.team, u.enabled,"
                    + " (SELECT GROUP_CONCAT(r.role ORDER BY r.role SEPARATOR ' ') FROM app_user_role r"
                    + " WHERE r.user_id = u.id) AS roles FROM app_user u JOIN app_user_council m ON m.user_id = u.id"
                    + " WHERE m.council_id = ? ORDER BY u.username", councilId));
            writer.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("manifest.csv"));
            CSVPrinter manifest = new CSVPrinter(writer, CSVFormat.RFC4180);
            manifest.printRecord("file", "rows");
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                manifest.printRecord(e.getKey(), e.getValue());
            }
            manifest.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("README.txt"));
            writer.write("Council " + code + ": every row of every council table with council_id = " + councilId
                    + ", exported " + clock.instant() + " (UTC).\r\nDates and times are as stored (UTC); binary columns"
                    + " are Base64. Text beginning with = + - or @ carries a leading ' so a spreadsheet never runs it"
                    + " as a formula. users.csv lists the council's members without passwords.\r\n");
            writer.flush();
            zip.closeEntry();
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        trail.publishEvent(new InstallationTrail.CouncilExported(code,
                counts.values().stream().mapToInt(Integer::intValue).sum(), counts.size()));
    }

    /**
     * Deletes the council's data whole, in one transaction: the council is marked offboarded (it keeps its row, so the
     * trail entries that name it stay valid), every row of every council table except the audit trail is deleted,
     * and so are the users who belonged to this council only. The deletion is recorded in the installation council's
     * trail, in the same transaction. {@code confirmation} must repeat the council's code.
     */
    @RolesAllowed(Roles.ADMIN)
    public OffboardingResult offboard(long councilId, String confirmation) {
        requireInstallationAdministrator();
        if (councilId == CurrentCouncil.INSTALLATION_COUNCIL) {
            throw new CouncilAdministrationException("council", "The installation council cannot be offboarded");
        }
        String code = requireActive(councilId);
        if (confirmation == null || !confirmation.strip().equals(code)) {
            throw new CouncilAdministrationException("confirmation", "Type the council's code, " + code
                    + ", to confirm");
        }
        List<String> order = deletionOrder(councilTables());
        return transaction.execute(s -> {
            jdbc.update("UPDATE council SET offboarded_at = ? WHERE id = ? AND offboarded_at IS NULL",
                    Timestamp.from(clock.instant()), councilId);
            List<Long> onlyHere = jdbc.queryForList("SELECT m.user_id FROM app_user_council m WHERE m.council_id = ?"
                    + " AND NOT EXISTS (SELECT 1 FROM app_user_council o WHERE o.user_id = m.user_id"
                    + " AND o.council_id <> m.council_id)", Long.class, councilId);
            Map<String, Integer> deleted = new LinkedHashMap<>();
            for (String table : order) {
                int n = jdbc.update("DELETE FROM " + table + " WHERE council_id = ?", councilId);
                if (n > 0) {
                    deleted.put(table, n);
                }
            }
            for (Long user : onlyHere) {
                jdbc.update("DELETE FROM app_user WHERE id = ?", user);
            }
            OffboardingResult result = new OffboardingResult(councilId, code, deleted, onlyHere.size());
            trail.publishEvent(new InstallationTrail.CouncilOffboarded(code, result.totalRows(), deleted.size(),
                    onlyHere.size()));
            return result;
        });
    }

    /** Council tables (those with a council_id column) except the trail, in name order: what offboarding deletes. */
    private List<String> councilTables() {
        return allCouncilTables().stream().filter(t -> !KEPT_TABLES.contains(t)).toList();
    }

    /** Every council table, the trail included, in name order: what the export holds. */
    private List<String> allCouncilTables() {
        return jdbc.queryForList("SELECT LOWER(table_name) FROM information_schema.columns"
                + " WHERE table_schema = DATABASE() AND column_name = 'council_id' ORDER BY table_name", String.class);
    }

    /** Children before parents (foreign keys among the given tables; a table's references to itself ignored). */
    List<String> deletionOrder(List<String> tables) {
        Set<String> set = new HashSet<>(tables);
        Map<String, Set<String>> referencedBy = new HashMap<>();
        jdbc.query("SELECT LOWER(table_name), LOWER(referenced_table_name) FROM information_schema.key_column_usage"
                + " WHERE table_schema = DATABASE() AND referenced_table_name IS NOT NULL", rs -> {
            String child = rs.getString(1);
            String parent = rs.getString(2);
            if (set.contains(child) && set.contains(parent) && !child.equals(parent)) {
                referencedBy.computeIfAbsent(parent, k -> new HashSet<>()).add(child);
            }
        });
        return DeletionOrder.of(tables, referencedBy);
    }

    private int csv(Writer writer, String sql, long councilId) {
        int[] rows = {0};
        jdbc.query(sql, (ResultSet rs) -> {
            try {
                ResultSetMetaData meta = rs.getMetaData();
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
                List<String> header = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    header.add(meta.getColumnLabel(i));
                }
                printer.printRecord(header);
                while (rs.next()) {
                    List<String> values = new ArrayList<>(header.size());
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        values.add(value(rs.getObject(i)));
                    }
                    printer.printRecord(values);
                    rows[0]++;
                }
                printer.flush();
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, councilId);
        return rows[0];
    }

    private static String value(Object v) {
        return switch (v) {
            case null -> "";
            case byte[] bytes -> Base64.getEncoder().encodeToString(bytes);
            case Timestamp t -> t.toLocalDateTime().toString();
            default -> SpreadsheetText.forCsv(v.toString());
        };
    }

    private void requireInstallationAdministrator() {
        if (currentCouncil.id() != CurrentCouncil.INSTALLATION_COUNCIL) {
            throw new AccessDeniedException("Only an administrator of the installation council manages councils");
        }
    }

    private String requireActive(long councilId) {
        List<String> codes = jdbc.queryForList("SELECT code FROM council WHERE id = ? AND offboarded_at IS NULL",
                String.class, councilId);
        if (codes.isEmpty()) {
            throw new CouncilAdministrationException("council", "No active council " + councilId);
        }
        return codes.getFirst();
    }

    private String codeOf(long councilId) {
        List<String> codes = jdbc.queryForList("SELECT code FROM council WHERE id = ?", String.class, councilId);
        if (codes.isEmpty()) {
            throw new CouncilAdministrationException("council", "No council " + councilId);
        }
        return codes.getFirst();
    }

    private static String code(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            throw new CouncilAdministrationException("code", "A code is 2 to 16 capital letters, digits or hyphens,"
                    + " starting with a letter or digit: '" + (code == null ? "" : code.strip()) + "' is not");
        }
        return c;
    }

    private static String name(String name) {
        String n = name == null ? "" : name.strip();
        if (n.length() < 2 || n.length() > 120) {
            throw new CouncilAdministrationException("name", "A name has 2 to 120 characters");
        }
        return n;
    }

    private int count(String sql, Object arg) {
        Integer n = jdbc.queryForObject(sql, Integer.class, arg);
        return n == null ? 0 : n;
    }

    private long insert(String sql, Object... args) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** Kept for the deletion order's unit test. */
    static final class DeletionOrder {

        private DeletionOrder() {
        }

        static List<String> of(List<String> tables, Map<String, Set<String>> referencedBy) {
            List<String> order = new ArrayList<>();
            Set<String> done = new HashSet<>();
            TreeSet<String> left = new TreeSet<>(tables);
            while (!left.isEmpty()) {
                String next = left.stream().filter(t -> done.containsAll(referencedBy.getOrDefault(t, Set.of())))
                        .findFirst().orElseThrow(() -> new IllegalStateException("Council tables reference each other"
                                + " in a cycle: " + left));
                order.add(next);
                done.add(next);
                left.remove(next);
            }
            return order;
        }
    }
}
