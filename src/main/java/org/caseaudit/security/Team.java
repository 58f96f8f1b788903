package org.caseaudit.security;

import java.util.List;

/**
 * A team as reference data: its name, the other spellings case exports and people use for it (aliases), its
 * managers (usernames) and whether it is still in use. An inactive team still identifies old cases and users.
 */
public record Team(long id, long version, String name, List<String> aliases, List<String> managers, boolean active) {

    public Team {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        managers = managers == null ? List.of() : List.copyOf(managers);
    }
}
