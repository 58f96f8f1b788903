package org.caseaudit.security;

import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.caseaudit.security.internal.UserAccount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in user's own account (My account): change the password, set up or turn off two-factor sign-in, get new
 * recovery codes. Each acts on the caller only; each change is recorded.
 */
@Service
public class AccountService {

    private final Credentials credentials;
    private final CurrentUser currentUser;
    private final UserSessions sessions;

    AccountService(Credentials credentials, CurrentUser currentUser, UserSessions sessions) {
        this.credentials = credentials;
        this.currentUser = currentUser;
        this.sessions = sessions;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public AccountStatus status() {
        return credentials.status(me());
    }

    /**
     * Changes the caller's password after checking the current one; the caller's other sessions end (a password
     * change is what someone does who thinks another person knows it).
     */
    @PermitAll
    @Transactional
    public void changePassword(String current, String password, String repeated) {
        UserAccount account = local();
        if (!credentials.passwordMatches(account, current)) {
            throw new UserAdministrationException("current", "That is not your current password");
        }
        credentials.changePassword(account, password, repeated);
        sessions.endOthers(account.getUsername(), currentSessionId(), "password changed");
    }

    /** A new secret to scan; nothing is stored until {@link #confirmTwoFactor} proves the app has it. */
    @PermitAll
    @Transactional(readOnly = true)
    public TotpEnrolment startTwoFactor() {
        return credentials.newEnrolment(local());
    }

    /** Turns two-factor sign-in on; returns the recovery codes, shown once. */
    @PermitAll
    @Transactional
    public List<String> confirmTwoFactor(String secret, String code) {
        return credentials.confirmEnrolment(local(), secret, code);
    }

    /** New recovery codes (the old ones stop working), after a code from the app or the password. */
    @PermitAll
    @Transactional
    public List<String> newRecoveryCodes(String password) {
        UserAccount account = local();
        if (!credentials.passwordMatches(account, password)) {
            throw new UserAdministrationException("current", "That is not your current password");
        }
        return credentials.newRecoveryCodes(account);
    }

    /** Turns two-factor sign-in off, after the password; refused where the user's role requires it. */
    @PermitAll
    @Transactional
    public void turnOffTwoFactor(String password) {
        UserAccount account = local();
        if (credentials.twoFactorRequired(account)) {
            throw new UserAdministrationException("current", "Your role requires two-factor sign-in");
        }
        if (!credentials.passwordMatches(account, password)) {
            throw new UserAdministrationException("current", "That is not your current password");
        }
        credentials.disableTwoFactor(account, account.getUsername());
    }

    /** The caller's account when it is a local one: a provider user's password and MFA are the provider's. */
    private UserAccount local() {
        UserAccount account = me();
        if (account.getIdentityProvider() != null) {
            throw new UserAdministrationException(null, "You sign in with your organisation's account: your password "
                    + "and multi-factor authentication are managed there");
        }
        return account;
    }

    private UserAccount me() {
        return credentials.account(currentUser.required());
    }

    private static String currentSessionId() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? null : request.getSessionId();
    }
}
