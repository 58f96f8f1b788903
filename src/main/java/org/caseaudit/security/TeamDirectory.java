package org.caseaudit.security;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Team identity: a name or an alias, in any case and spacing, resolves to one team. "Never audit your own team" and
 * "managers of the case's team first" compare through it, so "North Assessment Team" (a user's team) and "Assessment
 * Team North" (the register's spelling) are one team when one is the other's alias. A text no team knows is a team of
 * its own (compared by its normalised text).
 */
public final class TeamDirectory {

    private final Map<String, Team> byKey = new HashMap<>();

    public TeamDirectory(List<Team> teams) {
        for (Team t : teams) {
            byKey.putIfAbsent(key(t.name()), t);
            t.aliases().forEach(a -> byKey.putIfAbsent(key(a), t));
        }
    }

    public static TeamDirectory empty() {
        return new TeamDirectory(List.of());
    }

    /** The team a name or alias stands for, if any team knows it. */
    public Optional<Team> find(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.ofNullable(byKey.get(key(text)));
    }

    /** The team's own name for a name or alias; a text no team knows, stripped; null for blank. */
    public String resolve(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return find(text).map(Team::name).orElse(text.strip().replaceAll("\\s+", " "));
    }

    /** Whether two texts name the same team (false when either is blank). */
    public boolean same(String a, String b) {
        String ra = resolve(a);
        String rb = resolve(b);
        return ra != null && rb != null && ra.equalsIgnoreCase(rb);
    }

    /** Whether a name or alias is known (to any team, active or not). */
    public boolean knows(String text) {
        return find(text).isPresent();
    }

    /**
     * The one rule for a user's team, whoever sets it (an administrator on Users, an identity provider's team claim at
     * sign-in): blank is no team (null); the team the user already has is kept as it is (so a user whose team was
     * later made inactive can still be edited); otherwise one of this directory's council's active teams, named by its
     * name or an alias, and stored by its name.
     *
     * @throws TeamException (field {@code team}) for a text that names no active team of this council: a typing
     *                       slip, another council's team, an inactive team
     */
    public String userTeam(String requested, String current) {
        if (requested == null || requested.isBlank()) {
            return null;
        }
        if (requested.equals(current)) {
            return current;
        }
        return find(requested).filter(Team::active).map(Team::name).orElseThrow(() -> new TeamException("team",
                "There is no team \u201c" + requested + "\u201d in this council: choose one from the list of teams"
                        + " (administrators keep it under Teams)"));
    }

    /** The managers (usernames) recorded for the team a text names; empty when unknown. */
    public List<String> managersOf(String text) {
        return find(text).map(Team::managers).orElse(List.of());
    }

    static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
