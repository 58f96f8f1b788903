package org.caseaudit.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.caseaudit.security.internal.UserAccount;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a sign-in after the password, while the user is not yet signed in: a code from the authenticator app
 * (or a recovery code) when two-factor is on; setting two-factor up when the user's role requires it and it is not on
 * yet; choosing a new password after an administrator's reset. The {@link PendingSignIn} lives in the HTTP session
 * only (put there by {@link SignInFlow} once the password was right), so these methods are open to the not-yet-signed
 * in user. A pending sign-in lasts 10 minutes; five wrong codes end it and count towards the username's lockout.
 */
@Service
public class SignInSteps {

    static final Duration PENDING_FOR = Duration.ofMinutes(10);
    static final int MAX_CODE_FAILURES = 5;
    static final String STEP = "SIGN_IN_SECOND_STEP";

    private final Credentials credentials;
    private final UserDetailsService userDetails;
    private final LoginAttempts attempts;
    private final RefusalLog refusals;
    private final Clock clock;

    SignInSteps(Credentials credentials, UserDetailsService userDetails, LoginAttempts attempts, RefusalLog refusals,
                Clock clock) {
        this.credentials = credentials;
        this.userDetails = userDetails;
        this.attempts = attempts;
        this.refusals = refusals;
        this.clock = clock;
    }

    /** A sign-in whose password was right and that has steps left. Kept in the user's HTTP session. */
    public static final class PendingSignIn implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private final String username;
        private final Instant started;
        private boolean codeDue;
        private boolean enrolmentDue;
        private boolean passwordDue;
        private int codeFailures;
        private String enrolmentSecret;

        PendingSignIn(String username, Instant started, boolean codeDue, boolean enrolmentDue, boolean passwordDue) {
            this.username = username;
            this.started = started;
            this.codeDue = codeDue;
            this.enrolmentDue = enrolmentDue;
            this.passwordDue = passwordDue;
        }

        public String username() {
            return username;
        }

        public boolean codeDue() {
            return codeDue;
        }

        public boolean enrolmentDue() {
            return enrolmentDue;
        }

        public boolean passwordDue() {
            return passwordDue;
        }

        public boolean done() {
            return !codeDue && !enrolmentDue && !passwordDue;
        }
    }

    /** What is left after the password, or null when the sign-in is complete with it. */
    @Transactional(readOnly = true)
    PendingSignIn start(String username) {
        UserAccount account = credentials.account(username);
        boolean code = account.getTotpSecret() != null;
        boolean enrol = !code && credentials.twoFactorRequired(account);
        boolean password = account.isPasswordChangeRequired();
        return code || enrol || password
                ? new PendingSignIn(account.getUsername(), clock.instant(), code, enrol, password) : null;
    }

    /** Whether the pending sign-in may go on (not too old, not too many wrong codes). */
    @PreAuthorize("permitAll()")
    public boolean isLive(PendingSignIn pending) {
        return pending != null && clock.instant().isBefore(pending.started.plus(PENDING_FOR))
                && pending.codeFailures < MAX_CODE_FAILURES;
    }

    /** Checks a code from the app, or a recovery code; false (and counted) when wrong. */
    @PreAuthorize("permitAll()")
    @Transactional
    public boolean enterCode(PendingSignIn pending, String code) {
        requireLive(pending);
        UserAccount account = credentials.account(pending.username);
        if (credentials.secondFactor(account, code)) {
            pending.codeDue = false;
            return true;
        }
        pending.codeFailures++;
        attempts.recordFailure(pending.username);
        refusals.record(pending.username, AuditTrail.currentRemoteAddress(), STEP, "user", pending.username,
                "wrong two-factor code (" + pending.codeFailures + " of " + MAX_CODE_FAILURES + ")");
        return false;
    }

    /** The secret to set up in the app; the same one until the sign-in ends. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public TotpEnrolment enrolment(PendingSignIn pending) {
        requireLive(pending);
        UserAccount account = credentials.account(pending.username);
        TotpEnrolment enrolment = credentials.newEnrolment(account);
        if (pending.enrolmentSecret == null) {
            pending.enrolmentSecret = enrolment.secret();
            return enrolment;
        }
        String address = Totp.uri(Credentials.ISSUER, account.getUsername(), pending.enrolmentSecret);
        return new TotpEnrolment(pending.enrolmentSecret, address,
                Credentials.svg(io.nayuki.qrcodegen.QrCode.encodeText(address, io.nayuki.qrcodegen.QrCode.Ecc.MEDIUM)));
    }

    /** Turns two-factor on with the code the app shows; returns the recovery codes, shown once. */
    @PreAuthorize("permitAll()")
    @Transactional
    public List<String> confirmEnrolment(PendingSignIn pending, String code) {
        requireLive(pending);
        if (pending.enrolmentSecret == null) {
            throw new UserAdministrationException("code", "Scan the code first");
        }
        List<String> codes = credentials.confirmEnrolment(credentials.account(pending.username),
                pending.enrolmentSecret, code);
        pending.enrolmentDue = false;
        pending.codeDue = false;
        return codes;
    }

    /** The new password after an administrator's reset. */
    @PreAuthorize("permitAll()")
    @Transactional
    public void newPassword(PendingSignIn pending, String password, String repeated) {
        requireLive(pending);
        if (pending.codeDue || pending.enrolmentDue) {
            throw new UserAdministrationException("password", "Finish the two-factor step first");
        }
        credentials.changePassword(credentials.account(pending.username), password, repeated);
        pending.passwordDue = false;
    }

    /** The signed-in user, once every step is done (their roles read afresh), or empty. */
    @PreAuthorize("permitAll()")
    @Transactional
    public Optional<Authentication> complete(PendingSignIn pending) {
        if (!isLive(pending) || !pending.done()) {
            return Optional.empty();
        }
        UserDetails user = userDetails.loadUserByUsername(pending.username);
        if (!user.isEnabled() || !user.isAccountNonLocked()) {
            return Optional.empty();
        }
        attempts.succeeded(pending.username);
        credentials.record(credentials.account(pending.username), "SIGN_IN", "after the second step",
                AuditTrail.Outcome.SUCCESS);
        return Optional.of(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private void requireLive(PendingSignIn pending) {
        if (!isLive(pending)) {
            throw new UserAdministrationException(null, "This sign-in has expired. Please sign in again.");
        }
    }
}
