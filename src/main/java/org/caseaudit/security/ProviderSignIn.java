package org.caseaudit.security;

import java.io.Serial;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;
import org.caseaudit.security.internal.UserAccount;
import org.caseaudit.security.internal.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The workbench side of a sign-in with an identity provider, once Spring Security has checked the ID token (signature,
 * issuer, audience, times, nonce): finds the workbench user (by the provider's subject; on a first sign-in by the
 * username claim, or creates them where the settings allow), refuses a disabled user whatever the provider says,
 * and takes the user's roles (and team) from the token through the configured mapping. A team claim follows the same
 * rule as an administrator's choice on Users ({@link TeamDirectory#userTeam}, checked against the user's own council's
 * teams): a claim that names no active team of the user's council is not stored (the user keeps the team they had),
 * the sign-in goes ahead with the roles, and the trail says why ({@code USER_TEAM_NOT_TAKEN}). Role and team changes
 * are recorded in the audit trail with the change; refusals are raised as {@link Refused} and recorded by
 * {@link ProviderSignInFailure}.
 */
class ProviderSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String UNKNOWN_ROLE = "workbench_no_role";
    static final String DISABLED = "workbench_user_disabled";
    static final String NOT_REGISTERED = "workbench_user_not_registered";
    static final String USERNAME_TAKEN = "workbench_username_taken";
    static final String NO_USERNAME = "workbench_no_username";
    static final String TEAM_NOT_TAKEN = "USER_TEAM_NOT_TAKEN";

    private static final Logger log = LoggerFactory.getLogger(ProviderSignIn.class);

    private final OidcSettings settings;
    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final UserAccountRepository users;
    private final AuditTrail trail;
    private final UserSessions sessions;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final LongFunction<TeamDirectory> teamsOfCouncil;
    private final SecureRandom random = new SecureRandom();

    ProviderSignIn(OidcSettings settings, UserAccountRepository users, AuditTrail trail, UserSessions sessions,
                   PasswordEncoder encoder, Clock clock, PlatformTransactionManager transactions,
                   LongFunction<TeamDirectory> teamsOfCouncil) {
        this(settings, new OidcUserService(), users, trail, sessions, encoder, clock, transactions, teamsOfCouncil);
    }

    /** @param teamsOfCouncil a council's teams (by council id), for checking a team claim */
    ProviderSignIn(OidcSettings settings, OAuth2UserService<OidcUserRequest, OidcUser> provider,
                   UserAccountRepository users, AuditTrail trail, UserSessions sessions, PasswordEncoder encoder,
                   Clock clock, PlatformTransactionManager transactions, LongFunction<TeamDirectory> teamsOfCouncil) {
        this.teamsOfCouncil = teamsOfCouncil;
        this.settings = settings;
        this.provider = provider;
        this.users = users;
        this.trail = trail;
        this.sessions = sessions;
        this.encoder = encoder;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A refused sign-in: the plain reason for the user, and who and why for the audit trail. */
    static final class Refused extends OAuth2AuthenticationException {
        @Serial
        private static final long serialVersionUID = 1L;
        private final String username;
        private final String detail;

        Refused(String code, String plainReason, String username, String detail) {
            super(new OAuth2Error(code, plainReason, null), plainReason);
            this.username = username;
            this.detail = detail;
        }

        String username() {
            return username;
        }

        String detail() {
            return detail;
        }
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser provided = provider.loadUser(request);
        String id = request.getClientRegistration().getRegistrationId();
        OidcSettings.Provider configured = settings.providersOrNone().get(id);
        if (configured == null) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_request",
                    "Unknown identity provider", null));
        }
        ProviderUser user = transaction.execute(status -> signIn(id, configured, provided));
        return user;
    }

    private ProviderUser signIn(String id, OidcSettings.Provider configured, OidcUser provided) {
        Map<String, Object> claims = provided.getClaims();
        String name = configured.name();
        String username = text(claims.get(configured.usernameClaim()));
        if (username == null) {
            username = text(claims.get("email"));
        }
        if (username == null) {
            throw new Refused(NO_USERNAME, name + " did not say who you are (no " + configured.usernameClaim()
                    + " in the sign-in). Ask your administrator.", null, name + ": no " + configured.usernameClaim()
                    + " claim, subject " + provided.getSubject());
        }
        String who = Usernames.normalise(username);
        if (who.length() > 64) {
            throw new Refused(NO_USERNAME, "Your " + name + " username is longer than the workbench allows (64 "
                    + "characters). Ask your administrator.", who.substring(0, 64), name + ": username too long");
        }
        List<String> values = claimValues(claims, configured.roleClaims());
        Set<Role> roles = configured.rolesFor(values);
        if (roles.isEmpty()) {
            throw new Refused(UNKNOWN_ROLE, "Your " + name + " account has no role in the Case Audit Workbench. "
                    + "Ask your administrator to give you one.", who, name + ": no workbench role for "
                    + configured.roleClaims() + " = " + values);
        }
        String subject = provided.getSubject();
        Optional<UserAccount> bound = users.findByIdentityProviderAndProviderSubject(id, subject);
        UserAccount account;
        boolean created = false;
        if (bound.isPresent()) {
            account = bound.get();
        } else {
            Optional<UserAccount> byName = users.findByUsernameKey(who);
            if (byName.isPresent()) {
                account = byName.get();
                if (!id.equals(account.getIdentityProvider()) || account.getProviderSubject() != null) {
                    throw new Refused(USERNAME_TAKEN, "The workbench already has a user called " + who
                            + " who signs in "
                            + "another way. Ask your administrator.", who, name + ": username " + who
                            + " belongs to " + (account.getIdentityProvider() == null ? "a local account"
                            : "another sign-in of " + account.getIdentityProvider()));
                }
                account.signsInWith(id, subject);
                trail.record(who, "USER_PROVIDER_BOUND", "user", account.getUsername(), name + " subject " + subject,
                        AuditTrail.currentRemoteAddress(), AuditTrail.Outcome.SUCCESS, trailCouncil(account));
            } else if (settings.provisioning() == OidcSettings.Provisioning.JUST_IN_TIME) {
                account = new UserAccount(who, fullName(claims, who), unusablePassword(), clock.instant());
                account.signsInWith(id, subject);
                account.setRoles(roles);
                account.setEmail(text(claims.get("email")));
                // saved first: the new account joins its council, whose teams the team claim is checked against
                account = users.saveAndFlush(account);
                created = true;
            } else {
                throw new Refused(NOT_REGISTERED, "You are not registered in the Case Audit Workbench. Ask your "
                        + "administrator to add you.", who, name + ": no workbench user " + who
                        + " (pre-provisioned users only)");
            }
        }
        if (!account.isEnabled()) {
            throw new Refused(DISABLED, "Your workbench account is disabled. Ask your administrator.",
                    account.getUsername(), name + ": workbench user disabled");
        }
        String teamBefore = account.getTeam();
        String notTaken = null;
        String team = teamBefore;
        if (configured.teamClaim() != null && !configured.teamClaim().isBlank()) {
            String claimed = team(configured, claims);
            try {
                team = councilTeam(account, claimed, teamBefore);
            } catch (TeamException refused) {
                notTaken = "by " + name + ": team \u201c" + claimed + "\u201d (claim " + configured.teamClaim()
                        + ") not taken: no active team of the user's council has that name or alias; team kept: "
                        + teamBefore;
            }
        }
        if (created) {
            account.setTeam(team);
            trail.record(who, "USER_CREATED", "user", who, "first sign-in with " + name + ", roles="
                    + new TreeSet<>(roles) + ", team=" + team, AuditTrail.currentRemoteAddress(),
                    AuditTrail.Outcome.SUCCESS, trailCouncil(account));
        }
        if (notTaken != null) {
            log.warn("Sign-in of {} with {}: {}", account.getUsername(), name, notTaken);
            // in the trail of the user's council, whose administrators keep its teams (and can add an alias)
            trail.record(account.getUsername(), TEAM_NOT_TAKEN, "user", account.getUsername(), notTaken,
                    AuditTrail.currentRemoteAddress(), AuditTrail.Outcome.FAILURE, trailCouncil(account));
        }
        Set<Role> before = account.getRoles();
        if (!before.equals(roles) || !java.util.Objects.equals(account.getTeam(), team)) {
            account.setRoles(roles);
            account.setTeam(team);
            trail.record(account.getUsername(), "USER_ROLES_CHANGED", "user", account.getUsername(), "by " + name
                    + ": roles " + new TreeSet<>(before) + " -> " + new TreeSet<>(roles) + ", team " + teamBefore
                    + " -> " + team, AuditTrail.currentRemoteAddress(), AuditTrail.Outcome.SUCCESS,
                    trailCouncil(account));
            if (!before.equals(roles)) {
                sessions.endAll(account.getUsername(), "roles changed by " + name);
            }
        }
        String fullName = fullName(claims, account.getFullName());
        account.setFullName(fullName);
        users.saveAndFlush(account);
        return new ProviderUser(provided, account.getUsername(), fullName, name, authorities(roles));
    }

    private static Collection<SimpleGrantedAuthority> authorities(Set<Role> roles) {
        return EnumSet.copyOf(roles).stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    /**
     * The council whose trail records this sign-in's changes to the user: the user's (the lowest id of a user in several
     * councils), whose administrators manage the user; null (the installation council's) for a user in none. Nobody
     * is signed in yet, so the current council would always be the installation's.
     */
    private static Long trailCouncil(UserAccount account) {
        return new TreeSet<>(account.getCouncils()).stream().findFirst().orElse(null);
    }

    /**
     * The team to store for a claim, by the users' team rule ({@link TeamDirectory#userTeam}) over the teams of the
     * user's councils in turn (a user in several councils: the first council with a team of that name or alias).
     *
     * @throws TeamException when no council of the user has an active team the claim names
     */
    private String councilTeam(UserAccount account, String claimed, String current) {
        TeamException refused = null;
        for (long councilId : new TreeSet<>(account.getCouncils())) {
            try {
                return teamsOfCouncil.apply(councilId).userTeam(claimed, current);
            } catch (TeamException notHere) {
                refused = notHere;
            }
        }
        if (refused == null) {
            // no council (yet): only no team, or the team the user has, passes
            return TeamDirectory.empty().userTeam(claimed, current);
        }
        throw refused;
    }

    private static String team(OidcSettings.Provider configured, Map<String, Object> claims) {
        if (configured.teamClaim() == null || configured.teamClaim().isBlank()) {
            return null;
        }
        String team = text(claims.get(configured.teamClaim()));
        return team == null ? null : team.length() > 100 ? team.substring(0, 100) : team;
    }

    private static String fullName(Map<String, Object> claims, String otherwise) {
        String name = text(claims.get("name"));
        return name == null ? otherwise : name.length() > 200 ? name.substring(0, 200) : name;
    }

    /** Every value of the given claims, each a string or a list of strings (Entra's {@code roles}, {@code groups}). */
    static List<String> claimValues(Map<String, Object> claims, List<String> names) {
        List<String> values = new ArrayList<>();
        for (String name : names) {
            Object value = claims.get(name);
            if (value instanceof Collection<?> many) {
                many.stream().map(String::valueOf).forEach(values::add);
            } else if (value != null) {
                values.add(String.valueOf(value));
            }
        }
        return values;
    }

    private static String text(Object value) {
        return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value).strip();
    }

    /** A provider user has no local password: a random one nobody is told, and the form refuses them anyway. */
    private String unusablePassword() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return encoder.encode(Base64.getEncoder().encodeToString(secret));
    }
}
