package org.caseaudit.security.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Maps free-text teams onto the team table (idempotent): each spelling of the register (case_team) and of users'
 * teams that no team knows either joins the team whose name or alias has the same words in another order (as an
 * alias) or becomes a team; users' teams are rewritten to their team's name; team managers become managers of their
 * team. Used by the V24_3 migration and after the demo data is loaded.
 */
public final class TeamAdoption {

    private TeamAdoption() {
    }

    /** A row of the team table as the mapping sees it. */
    private static final class Row {
        final long id;
        final String name;
        final List<String> aliases;
        final List<String> managers;
        boolean changed;

        Row(long id, String name, List<String> aliases, List<String> managers) {
            this.id = id;
            this.name = name;
            this.aliases = new ArrayList<>(aliases);
            this.managers = new ArrayList<>(managers);
        }
    }

    /** {@code now} null: the database server's time (a migration has no application clock). */
    public static void adopt(JdbcTemplate jdbc, Instant now, String who) {
        adopt(jdbc, now, who, null);
    }

    /**
     * Maps one council's spellings onto that council's teams (decision 0012): its register's case_team rows, the
     * teams of its members. {@code councilId} null only for the V24_3 migration, which ran before councils existed.
     */
    public static void adopt(JdbcTemplate jdbc, Instant now, String who, Long councilId) {
        boolean scoped = councilId != null;
        Object[] council = scoped ? new Object[] {councilId} : new Object[0];
        String members = scoped ? " AND id IN (SELECT m.user_id FROM app_user_council m WHERE m.council_id = ?)" : "";
        LocalDateTime at = now == null ? jdbc.queryForObject("SELECT UTC_TIMESTAMP(6)", LocalDateTime.class)
                : LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        List<Row> teams = new ArrayList<>(jdbc.query("SELECT id, name, aliases, managers FROM team"
                + (scoped ? " WHERE council_id = ?" : "") + " ORDER BY id",
                (rs, n) -> new Row(rs.getLong(1), rs.getString(2), lines(rs.getString(3)), list(rs.getString(4))),
                council));
        Map<String, Row> byKey = new HashMap<>();
        Map<String, Row> byWords = new HashMap<>();
        teams.forEach(t -> index(t, byKey, byWords));

        Set<String> spellings = new LinkedHashSet<>(jdbc.queryForList("SELECT name FROM case_team"
                + (scoped ? " WHERE council_id = ?" : "") + " ORDER BY id", String.class, council));
        spellings.addAll(jdbc.queryForList("SELECT DISTINCT team FROM app_user WHERE team IS NOT NULL" + members
                + " ORDER BY team", String.class, council));
        for (String raw : spellings) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String spelling = raw.strip().replaceAll("\\s+", " ");
            if (byKey.containsKey(key(spelling))) {
                continue;
            }
            Row same = byWords.get(words(spelling));
            if (same != null) {
                same.aliases.add(spelling);
                same.changed = true;
                byKey.put(key(spelling), same);
            } else {
                long id;
                if (scoped) {
                    jdbc.update("INSERT INTO team (council_id, name, updated_by, updated_at) VALUES (?, ?, ?, ?)",
                            councilId, spelling, who, at);
                    id = jdbc.queryForObject("SELECT id FROM team WHERE council_id = ? AND name = ?", Long.class,
                            councilId, spelling);
                } else {
                    jdbc.update("INSERT INTO team (name, updated_by, updated_at) VALUES (?, ?, ?)", spelling, who, at);
                    id = jdbc.queryForObject("SELECT id FROM team WHERE name = ?", Long.class, spelling);
                }
                Row created = new Row(id, spelling, List.of(), List.of());
                teams.add(created);
                index(created, byKey, byWords);
            }
        }
        // users' teams: the team's own name; team managers: managers of their team
        Map<String, String> userTeams = new LinkedHashMap<>();
        jdbc.query("SELECT username, team FROM app_user WHERE team IS NOT NULL" + members + " ORDER BY username",
                rs -> {
                    userTeams.put(rs.getString(1), rs.getString(2));
                }, council);
        Set<String> managerRole = new LinkedHashSet<>(jdbc.queryForList(
                "SELECT u.username FROM app_user u JOIN app_user_role r ON r.user_id = u.id WHERE r.role = "
                + "'TEAM_MANAGER'",
                String.class));
        userTeams.forEach((username, team) -> {
            if (team.isBlank()) {
                return;
            }
            Row t = byKey.get(key(team));
            if (t == null) {
                return;
            }
            if (!t.name.equals(team)) {
                jdbc.update("UPDATE app_user SET team = ?, version = version + 1 WHERE username = ?", t.name, username);
            }
            if (managerRole.contains(username) && !t.managers.contains(username)) {
                t.managers.add(username);
                t.changed = true;
            }
        });
        for (Row t : teams) {
            if (t.changed) {
                jdbc.update("UPDATE team SET aliases = ?, managers = ?, updated_by = ?, updated_at = ?, "
                        + "version = version + 1 WHERE id = ?" + (scoped ? " AND council_id = " + councilId : ""),
                        joinLines(t.aliases), String.join(",", t.managers), who, at, t.id);
            }
        }
    }

    private static void index(Row t, Map<String, Row> byKey, Map<String, Row> byWords) {
        byKey.putIfAbsent(key(t.name), t);
        byWords.putIfAbsent(words(t.name), t);
        for (String a : t.aliases) {
            byKey.putIfAbsent(key(a), t);
            byWords.putIfAbsent(words(a), t);
        }
    }

    static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The words of a spelling in alphabetical order: "Assessment Team North" and "North Assessment Team" agree. */
    static String words(String text) {
        return Arrays.stream(key(text).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).sorted()
                .collect(Collectors.joining(" "));
    }

    public static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static List<String> list(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static String joinLines(List<String> lines) {
        return lines.isEmpty() ? null : String.join("\n", lines);
    }
}
