package org.caseaudit.security;

import java.util.Set;

/** A user as administrators see it. Never carries the password hash. */
public record UserSummary(long id, long version, String username, String fullName, String email, String team,
                          Set<Role> roles, boolean enabled, boolean twoFactor) {
}
