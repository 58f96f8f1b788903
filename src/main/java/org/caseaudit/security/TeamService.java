package org.caseaudit.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.caseaudit.security.internal.TeamAdoption;
import org.caseaudit.security.internal.UserAccountRepository;
import org.caseaudit.shared.PlainText;
import org.caseaudit.shared.council.CurrentCouncil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teams as reference data: administrators keep the list (name, aliases, managers, active); users pick their team
 * from it; imports match team names and aliases to it; conflict of interest and manager matching compare teams
 * through {@link #directory()}. Every change is audit-trailed.
 */
@Service
public class TeamService {

    /** A team's name and each alias: one line, as wide as the column. */
    public static final PlainText.Rule NAME = PlainText.Rule.singleLine("The team's name", 120);

    private final JdbcTemplate jdbc;
    private final UserAccountRepository users;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final CurrentCouncil council;

    TeamService(JdbcTemplate jdbc, UserAccountRepository users, AuditTrail auditTrail, CurrentUser currentUser,
                Clock clock, CurrentCouncil council) {
        this.council = council;
        this.jdbc = jdbc;
        this.users = users;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every team, active or not, by name. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional(readOnly = true)
    public List<Team> list() {
        return all();
    }

    /** The names of the teams in use, for choosing a user's team. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional(readOnly = true)
    public List<String> activeNames() {
        return all().stream().filter(Team::active).map(Team::name).toList();
    }

    /**
     * Team identity for comparing teams (names and aliases, inactive teams included). Open to every signed-in
     * service call: it holds team names and usernames of managers only, no case data.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public TeamDirectory directory() {
        return new TeamDirectory(all());
    }

    /**
     * Creates ({@code id} null) or changes a team. The name is required; no name or alias may be another team's name
     * or alias; managers must be users. Fails with a conflict if someone changed the team meanwhile.
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public Team save(Long id, long expectedVersion, String name, Collection<String> aliases,
            Collection<String> managers,
                     boolean active) {
        String cleanName = clean(name);
        if (cleanName == null) {
            throw new TeamException("name", "Enter the team's name");
        }
        NAME.problem(cleanName).ifPresent(problem -> {
            throw new TeamException("name", problem);
        });
        Set<String> cleanAliases = new LinkedHashSet<>();
        for (String a : aliases == null ? List.<String>of() : aliases) {
            String c = clean(a);
            if (c != null && !TeamDirectory.key(c).equals(TeamDirectory.key(cleanName))) {
                PlainText.Rule.singleLine("The alias '" + c + "'", NAME.maxLength()).problem(c).ifPresent(problem -> {
                    throw new TeamException("aliases", problem);
                });
                cleanAliases.add(c);
            }
        }
        Set<String> cleanManagers = new LinkedHashSet<>();
        for (String m : managers == null ? List.<String>of() : managers) {
            String c = clean(m);
            if (c != null) {
                // a user of another council is not found here (decision 0012)
                if (!users.existsByUsernameKey(Usernames.normalise(c))
                        || !council.councilsOf(c).contains(council.id())) {
                    throw new TeamException("managers", "There is no user '" + c + "'");
                }
                cleanManagers.add(c);
            }
        }
        List<Team> others = all().stream().filter(t -> id == null || t.id() != id).toList();
        TeamDirectory otherTeams = new TeamDirectory(others);
        otherTeams.find(cleanName).ifPresent(t -> {
            throw new TeamException("name", "'" + cleanName + "' is already " + (t.name().equalsIgnoreCase(cleanName)
                    ? "a team" : "an alias of " + t.name()));
        });
        for (String a : cleanAliases) {
            otherTeams.find(a).ifPresent(t -> {
                throw new TeamException("aliases", "'" + a + "' already names " + t.name());
            });
        }
        String who = currentUser.usernameOrSystem();
        LocalDateTime at = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String aliasText = TeamAdoption.joinLines(new ArrayList<>(cleanAliases));
        String managerText = cleanManagers.isEmpty() ? null : String.join(",", cleanManagers);
        long savedId;
        if (id == null) {
            jdbc.update("INSERT INTO team (name, aliases, managers, active, updated_by, updated_at, council_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)", cleanName, aliasText, managerText, active, who,
                    at, council.id());
            savedId = jdbc.queryForObject("SELECT id FROM team WHERE name = ? AND council_id = ?", Long.class,
                    cleanName, council.id());
            auditTrail.record("TEAM_CREATED", "team", String.valueOf(savedId), describe(cleanName, cleanAliases,
                    cleanManagers, active));
        } else {
            int updated = jdbc.update(
                    "UPDATE team SET name = ?, aliases = ?, managers = ?, active = ?, updated_by = ?, "
                    + "updated_at = ?, version = version + 1 WHERE id = ? AND version = ? AND council_id = ?",
                    cleanName,
                    aliasText, managerText, active, who, at, id, expectedVersion, council.id());
            if (updated == 0) {
                throw new ObjectOptimisticLockingFailureException("team", id);
            }
            savedId = id;
            auditTrail.record("TEAM_UPDATED", "team", String.valueOf(savedId), describe(cleanName, cleanAliases,
                    cleanManagers, active));
        }
        return all().stream().filter(t -> t.id() == savedId).findFirst().orElseThrow();
    }

    /**
     * Adds teams that no team knows by name or alias (an import's "Add teams not yet known"); returns the names
     * added.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, "INTEGRATION"})
    @Transactional
    public List<String> addUnknown(Collection<String> names) {
        TeamDirectory known = directory();
        Set<String> added = new LinkedHashSet<>();
        LocalDateTime at = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String who = currentUser.usernameOrSystem();
        for (String n : names) {
            String c = clean(n);
            if (c != null && !known.knows(c) && added.stream().noneMatch(a -> a.equalsIgnoreCase(c))) {
                jdbc.update("INSERT INTO team (name, updated_by, updated_at, council_id) VALUES (?, ?, ?, ?)", c, who,
                        at, council.id());
                added.add(c);
            }
        }
        if (!added.isEmpty()) {
            auditTrail.record("TEAM_CREATED", "team", String.join(", ", added), "added from an import");
        }
        return List.copyOf(added);
    }

    private List<Team> all() {
        return teamsOf(jdbc, council.id());
    }

    /**
     * A council's teams, by name. For the identity-provider sign-in, which runs before anyone is signed in and checks a
     * team claim against the teams of the signing-in user's own council (not the installation's).
     */
    static List<Team> teamsOf(JdbcTemplate jdbc, long councilId) {
        return jdbc.query("SELECT id, version, name, aliases, managers, active FROM team WHERE council_id = ?"
                + " ORDER BY name", (rs, n) -> new Team(rs.getLong(1), rs.getLong(2), rs.getString(3),
                TeamAdoption.lines(rs.getString(4)), TeamAdoption.list(rs.getString(5)), rs.getBoolean(6)),
                councilId);
    }

    private static String describe(String name, Collection<String> aliases, Collection<String> managers,
            boolean active) {
        return name + "; aliases " + aliases + "; managers " + managers + (active ? "" : "; inactive");
    }

    private static String clean(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip().replaceAll("\\s+", " ");
    }
}
