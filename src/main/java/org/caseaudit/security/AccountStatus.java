package org.caseaudit.security;

/**
 * The signed-in user's own account as "My account" shows it. {@code identityProvider} is the registration id of the
 * identity provider the user signs in with (their password and multi-factor authentication are managed there), or
 * null for a local account.
 */
public record AccountStatus(String username, String fullName, boolean twoFactorEnabled, boolean twoFactorRequired,
                            int recoveryCodesLeft, String identityProvider) {
}
