package org.caseaudit.security;

/** The signed-in user's own account as "My account" shows it. */
public record AccountStatus(String username, String fullName, boolean twoFactorEnabled, boolean twoFactorRequired,
                            int recoveryCodesLeft) {
}
