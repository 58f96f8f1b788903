package org.caseaudit.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.caseaudit.security.internal.UserAccount;
import org.caseaudit.security.internal.UserAccountRepository;
import org.caseaudit.shared.council.CurrentCouncil;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administration of users and roles. Every change is recorded in the audit trail. */
@Service
public class UserService {

    private static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Validator validator;
    private final UserSessions sessions;
    private final Credentials credentials;
    private final SignInOptions signInOptions;
    private final CurrentCouncil council;
    private final TeamService teams;

    UserService(UserAccountRepository users, PasswordEncoder passwordEncoder, AuditTrail auditTrail,
                CurrentUser currentUser, Clock clock, Validator validator, UserSessions sessions,
                Credentials credentials, SignInOptions signInOptions, CurrentCouncil council, TeamService teams) {
        this.council = council;
        this.teams = teams;
        this.signInOptions = signInOptions;
        this.validator = validator;
        this.sessions = sessions;
        this.credentials = credentials;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<UserSummary> findAll() {
        return members().map(UserService::summary).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional(readOnly = true)
    public List<UserSummary> findEnabledWithRole(Role role) {
        return members()
                .filter(u -> u.isEnabled() && u.getRoles().contains(role))
                .map(UserService::summary).toList();
    }

    /**
     * Creates a user with the given initial password; with {@link UserDetailsForm#isPasswordChangeOnFirstSignIn()}
     * they must replace it at their first sign-in (as after {@link #resetPassword}).
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public UserSummary create(UserDetailsForm form, String initialPassword) {
        requireValid(form);
        String team = councilTeam(form.getTeam(), null);
        if (users.existsByUsernameKey(Usernames.normalise(form.getUsername()))) {
            throw new UserAdministrationException("username", "The username " + form.getUsername()
                    + " is already taken");
        }
        String provider = form.getIdentityProvider();
        if (!provider.isEmpty() && signInOptions.providers().stream().noneMatch(p -> p.id().equals(provider))) {
            throw new UserAdministrationException("identityProvider", "There is no identity provider " + provider);
        }
        if (provider.isEmpty()) {
            requireAcceptable(initialPassword, form.getUsername());
        }
        // a provider user (pre-provisioned: bound to the provider's subject at their first sign-in) has no password
        UserAccount account = new UserAccount(form.getUsername(), form.getFullName(),
                passwordEncoder.encode(provider.isEmpty() ? initialPassword : generatePassword() + generatePassword()),
                clock.instant());
        if (!provider.isEmpty()) {
            account.signsInWith(provider, null);
        } else if (form.isPasswordChangeOnFirstSignIn()) {
            account.requirePasswordChange();
        }
        apply(form, team, account);
        UserSummary saved = summary(users.saveAndFlush(account));
        auditTrail.record("USER_CREATED", "user", saved.username(), "roles=" + saved.roles()
                + (provider.isEmpty() ? "" : ", signs in with " + provider));
        return saved;
    }

    /** Changes name, email, team and roles. Fails with a conflict if someone else changed the user meanwhile. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public UserSummary update(long id, long expectedVersion, UserDetailsForm form) {
        requireValid(form);
        UserAccount account = load(id, expectedVersion);
        String team = councilTeam(form.getTeam(), account.getTeam());
        if (account.getUsername().equals(currentUser.usernameOrSystem()) && !form.getRoles().contains(Role.ADMIN)) {
            throw new UserAdministrationException("roles", "You cannot remove your own administrator role");
        }
        boolean rolesChanged = !account.getRoles().equals(form.getRoles());
        apply(form, team, account);
        requireAnEnabledAdministrator();
        UserSummary saved = summary(users.saveAndFlush(account));
        auditTrail.record("USER_UPDATED", "user", saved.username(), "roles=" + saved.roles() + ", team="
                + saved.team());
        if (rolesChanged) {
            sessions.endAll(saved.username(), "roles changed");
        }
        return saved;
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public UserSummary setEnabled(long id, long expectedVersion, boolean enabled) {
        UserAccount account = load(id, expectedVersion);
        if (!enabled && account.getUsername().equals(currentUser.usernameOrSystem())) {
            throw new UserAdministrationException("enabled", "You cannot disable your own account");
        }
        account.setEnabled(enabled);
        requireAnEnabledAdministrator();
        UserSummary saved = summary(users.saveAndFlush(account));
        auditTrail.record(enabled ? "USER_ENABLED" : "USER_DISABLED", "user", saved.username(), null);
        if (!enabled) {
            sessions.endAll(saved.username(), "account disabled");
        }
        return saved;
    }

    /**
     * Sets a new random one-time password and returns it so the administrator can pass it on; it is never stored in
     * clear, the user must replace it at the next sign-in, and their open sessions end.
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public String resetPassword(long id, long expectedVersion) {
        UserAccount account = load(id, expectedVersion);
        if (account.getIdentityProvider() != null) {
            throw new UserAdministrationException(null, account.getUsername() + " signs in with an identity provider "
                    + "and has no workbench password");
        }
        String password = generatePassword();
        account.resetPassword(passwordEncoder.encode(password), clock.instant());
        users.saveAndFlush(account);
        auditTrail.record("USER_PASSWORD_RESET", "user", account.getUsername(), null);
        sessions.endAll(account.getUsername(), "password reset");
        return password;
    }

    /**
     * Turns off a user's two-factor sign-in (a lost phone and lost recovery codes); where their role requires it, they
     * set it up again at their next sign-in.
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public UserSummary resetTwoFactor(long id, long expectedVersion) {
        UserAccount account = load(id, expectedVersion);
        credentials.disableTwoFactor(account, currentUser.usernameOrSystem());
        sessions.endAll(account.getUsername(), "two-factor reset");
        return summary(account);
    }

    /**
     * The form's constraints checked again on the server (the view's binder is a convenience, not a guard): the first
     * violation, in field order, is refused naming its field.
     */
    private void requireValid(UserDetailsForm form) {
        java.util.List<String> order = java.util.List.of("username", "fullName", "email", "team", "roles");
        validator.validate(form).stream()
                .min(java.util.Comparator.comparingInt((ConstraintViolation<UserDetailsForm> v) ->
                        order.indexOf(v.getPropertyPath().toString())).thenComparing(ConstraintViolation::getMessage))
                .ifPresent(v -> {
                    throw new UserAdministrationException(v.getPropertyPath().toString(), v.getMessage());
                });
    }

    /** Package-private: used by the bootstrap (before anyone signs in) and by resetPassword, never from outside. */
    String generatePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    /** The current council's members (decision 0012): accounts are installation-wide, membership is per council. */
    private java.util.stream.Stream<UserAccount> members() {
        long current = council.id();
        return users.findAllByOrderByUsernameAsc().stream().filter(u -> u.getCouncils().contains(current));
    }

    private UserAccount load(long id, long expectedVersion) {
        long current = council.id();
        // another council's member is answered as not found, like every other id of another council
        UserAccount account = users.findById(id).filter(u -> u.getCouncils().contains(current))
                .orElseThrow(() -> new UserAdministrationException(null, "That user no longer exists"));
        if (account.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(UserAccount.class, id);
        }
        return account;
    }

    private void requireAnEnabledAdministrator() {
        users.flush();
        if (users.countEnabledWithRole(Role.ADMIN) == 0) {
            throw new UserAdministrationException("roles", "At least one enabled administrator must remain");
        }
    }

    /** The current council's rule for a user's team ({@link TeamDirectory#userTeam}), refused naming the field. */
    private String councilTeam(String team, String current) {
        try {
            return teams.directory().userTeam(team, current);
        } catch (TeamException refused) {
            throw new UserAdministrationException("team", refused.getMessage());
        }
    }

    private static void requireAcceptable(String password, String username) {
        List<String> problems = PasswordPolicy.problems(password, username);
        if (!problems.isEmpty()) {
            throw new UserAdministrationException("password", String.join("; ", problems));
        }
    }

    private static void apply(UserDetailsForm form, String team, UserAccount account) {
        account.setFullName(form.getFullName());
        account.setEmail(form.getEmail().isBlank() ? null : form.getEmail());
        account.setTeam(team);
        account.setRoles(form.getRoles());
    }

    static UserSummary summary(UserAccount a) {
        return new UserSummary(a.getId(), a.getVersion(), a.getUsername(), a.getFullName(), a.getEmail(), a.getTeam(),
                a.getRoles(), a.isEnabled(), a.getTotpSecret() != null);
    }
}
