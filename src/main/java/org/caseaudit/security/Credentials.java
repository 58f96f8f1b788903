package org.caseaudit.security;

import io.nayuki.qrcodegen.QrCode;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import org.caseaudit.security.internal.UserAccount;
import org.caseaudit.security.internal.UserAccountRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * What My account and the sign-in steps share: changing a password, setting up two-factor sign-in, checking a code
 * or a recovery code. Callers check who may do it; every change is recorded in the audit trail under the user's name.
 */
@Component
class Credentials {

    static final String ISSUER = "Case Audit Workbench";

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final RecoveryCodes recoveryCodes;
    private final AuditTrail trail;
    private final Clock clock;
    private final TwoFactorPolicy policy;
    private final Totp totp = new Totp();

    Credentials(UserAccountRepository users, PasswordEncoder encoder, RecoveryCodes recoveryCodes, AuditTrail trail,
                Clock clock, TwoFactorPolicy policy) {
        this.users = users;
        this.encoder = encoder;
        this.recoveryCodes = recoveryCodes;
        this.trail = trail;
        this.clock = clock;
        this.policy = policy;
    }

    UserAccount account(String username) {
        return users.findByUsernameKey(Usernames.normalise(username))
                .orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    boolean passwordMatches(UserAccount account, String password) {
        return password != null && encoder.matches(password, account.getPasswordHash());
    }

    boolean twoFactorRequired(UserAccount account) {
        return policy.requiredFor(account.getRoles());
    }

    AccountStatus status(UserAccount account) {
        return new AccountStatus(account.getUsername(), account.getFullName(), account.getTotpSecret() != null,
                twoFactorRequired(account), account.getTotpSecret() == null ? 0 : recoveryCodes.remaining(
                account.getId()),
                account.getIdentityProvider());
    }

    /** Sets a new password after the policy; refused naming the problem, with field "password". */
    void changePassword(UserAccount account, String password, String repeated) {
        List<String> problems = new java.util.ArrayList<>(PasswordPolicy.problems(password, account.getUsername()));
        if (password != null && !password.equals(repeated)) {
            problems.add("The two passwords differ");
        }
        if (problems.isEmpty() && passwordMatches(account, password)) {
            problems.add("Choose a password different from the one you have");
        }
        if (!problems.isEmpty()) {
            throw new UserAdministrationException("password", String.join("; ", problems));
        }
        account.changePassword(encoder.encode(password), clock.instant());
        users.saveAndFlush(account);
        record(account, "PASSWORD_CHANGED", null, AuditTrail.Outcome.SUCCESS);
    }

    TotpEnrolment newEnrolment(UserAccount account) {
        String secret = Totp.base32(Totp.newSecret());
        String address = Totp.uri(ISSUER, account.getUsername(), secret);
        return new TotpEnrolment(secret, address, svg(QrCode.encodeText(address, QrCode.Ecc.MEDIUM)));
    }

    /** Turns two-factor on once a code from the app proves it is set up; returns the first recovery codes. */
    List<String> confirmEnrolment(UserAccount account, String secret, String code) {
        OptionalLong step = totp.match(Totp.fromBase32(secret), code, clock.instant(), null);
        if (step.isEmpty()) {
            throw new UserAdministrationException("code", "That code does not match. Check the app shows the "
                    + "Case Audit Workbench account and type the code it shows now.");
        }
        account.enableTotp(secret, step.getAsLong(), clock.instant());
        users.saveAndFlush(account);
        record(account, "TWO_FACTOR_ENABLED", null, AuditTrail.Outcome.SUCCESS);
        return recoveryCodes.replace(account.getId(), clock.instant());
    }

    List<String> newRecoveryCodes(UserAccount account) {
        List<String> codes = recoveryCodes.replace(account.getId(), clock.instant());
        record(account, "RECOVERY_CODES_REPLACED", null, AuditTrail.Outcome.SUCCESS);
        return codes;
    }

    void disableTwoFactor(UserAccount account, String by) {
        account.disableTotp();
        users.saveAndFlush(account);
        recoveryCodes.removeAll(account.getId());
        trail.record(by, "TWO_FACTOR_DISABLED", "user", account.getUsername(), null, AuditTrail.currentRemoteAddress(),
                AuditTrail.Outcome.SUCCESS);
    }

    /** A code from the app (never one already used) or one of the recovery codes. */
    boolean secondFactor(UserAccount account, String typed) {
        if (account.getTotpSecret() == null) {
            return false;
        }
        OptionalLong step = totp.match(Totp.fromBase32(account.getTotpSecret()), typed, clock.instant(),
                account.getTotpLastStep());
        if (step.isPresent()) {
            account.totpUsed(step.getAsLong());
            users.saveAndFlush(account);
            return true;
        }
        if (typed != null && typed.replaceAll("[^A-Za-z0-9]", "").length() == 10
                && recoveryCodes.use(account.getId(), typed, clock.instant())) {
            record(account, "RECOVERY_CODE_USED", recoveryCodes.remaining(account.getId()) + " left",
                    AuditTrail.Outcome.SUCCESS);
            return true;
        }
        return false;
    }

    void record(UserAccount account, String action, String detail, AuditTrail.Outcome outcome) {
        trail.record(account.getUsername(), action, "user", account.getUsername(), detail,
                AuditTrail.currentRemoteAddress(), outcome);
    }

    /** The QR code as an SVG: one path of dark modules, with the quiet zone the standard asks for. */
    static String svg(QrCode qr) {
        int border = 4;
        int size = qr.size + border * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\" "
                + "shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000000\"/></svg>";
    }
}
