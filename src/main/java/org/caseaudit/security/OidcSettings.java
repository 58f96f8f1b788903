package org.caseaudit.security;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in with OpenID Connect identity providers ({@code caseaudit.oidc.*}, README "Sign-in with the council's
 * identity provider"). No provider configured: the form sign-in only, as before.
 *
 * @param providers   by registration id (lower-case letters, digits, hyphens): the id is in the redirect URI
 *                    {@code {baseUrl}/login/oauth2/code/{id}}
 * @param provisioning whether a first sign-in creates the workbench user, or only users an administrator created
 *                    for that provider may sign in
 * @param clockSkew   how far the token's times ({@code iat}, {@code exp}) may be off the workbench's clock
 */
@ConfigurationProperties("caseaudit.oidc")
record OidcSettings(Map<String, Provider> providers, @DefaultValue("pre-provisioned") Provisioning provisioning,
                    @DefaultValue("PT60S") Duration clockSkew) {

    /** Skews beyond this make an expired token live too long: refused at start. */
    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    /** Microsoft's multi-tenant issuers: their signing keys sign tokens of every organisation. */
    private static final Pattern SHARED_ENTRA_ISSUER = Pattern.compile(
            "(?i)https://login\\.microsoftonline\\.com/(common|organizations|consumers)(/.*)?");

    enum Provisioning { JUST_IN_TIME, PRE_PROVISIONED }

    /**
     * One identity provider.
     *
     * @param name          shown on the sign-in button ("Sign in with Council A") and in the audit trail
     * @param issuerUri     the issuer exactly as the provider writes it in its tokens ({@code iss}); its discovery
     *                      document is read from {@code <issuerUri>/.well-known/openid-configuration}
     * @param clientId      the workbench's client id at the provider: tokens must name it as their audience
     * @param clientSecret  empty for a public client (PKCE only)
     * @param usernameClaim the claim that gives the workbench username (first sign-in and pre-provisioned users)
     * @param roleClaims    claims whose values are looked up in {@code roles} (app roles, group ids)
     * @param teamClaim     the claim that gives the user's team; empty: the team is left as the administrator set it
     * @param roles         workbench role to the values (app role names, group ids) that grant it
     */
    record Provider(String name, String issuerUri, String clientId, String clientSecret,
                    @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
                    @DefaultValue("preferred_username") String usernameClaim,
                    @DefaultValue({"roles", "groups"}) List<String> roleClaims,
                    String teamClaim,
                    Map<Role, List<String>> roles) {

        /** The workbench roles the given claim values grant, and the values that granted nothing. */
        Set<Role> rolesFor(Iterable<String> values) {
            Set<Role> granted = new LinkedHashSet<>();
            for (String value : values) {
                roleMapping().forEach((role, grantedBy) -> {
                    if (grantedBy.stream().anyMatch(v -> v.strip().equalsIgnoreCase(value.strip()))) {
                        granted.add(role);
                    }
                });
            }
            return granted;
        }

        Map<Role, List<String>> roleMapping() {
            return roles == null ? Map.of() : roles;
        }
    }

    Map<String, Provider> providersOrNone() {
        return providers == null ? Map.of() : providers;
    }

    /** Checks the settings at start and says what is wrong, naming the property. */
    void check(boolean localLogin) {
        if (!localLogin && providersOrNone().isEmpty()) {
            throw new IllegalStateException(
                    "Local sign-in is switched off (CASEAUDIT_LOCAL_LOGIN=false) and no identity "
                    + "provider is configured (caseaudit.oidc.providers.<id>.issuer-uri): nobody could sign in");
        }
        if (clockSkew.isNegative() || clockSkew.compareTo(MAX_CLOCK_SKEW) > 0) {
            throw new IllegalStateException("caseaudit.oidc.clock-skew must be between PT0S and " + MAX_CLOCK_SKEW
                    + ", not " + clockSkew);
        }
        Map<String, String> issuers = new LinkedHashMap<>();
        providersOrNone().forEach((id, provider) -> {
            String prefix = "caseaudit.oidc.providers." + id + ".";
            if (!ID.matcher(id).matches()) {
                throw new IllegalStateException("caseaudit.oidc.providers: the id \"" + id + "\" must be lower-case "
                        + "letters, digits and hyphens (it is part of the redirect URI)");
            }
            require(provider.issuerUri(), prefix + "issuer-uri");
            require(provider.clientId(), prefix + "client-id");
            require(provider.name(), prefix + "name");
            require(provider.usernameClaim(), prefix + "username-claim");
            if (SHARED_ENTRA_ISSUER.matcher(provider.issuerUri().strip()).matches()) {
                throw new IllegalStateException(prefix + "issuer-uri is Microsoft's shared issuer ("
                        + provider.issuerUri()
                        + "): its keys sign tokens of every organisation. Use your tenant's issuer, "
                        + "https://login.microsoftonline.com/<tenant-id>/v2.0");
            }
            if (provider.roleMapping().isEmpty()) {
                throw new IllegalStateException(prefix + "roles.<ROLE> must map at least one workbench role (one of "
                        + List.of(Role.values()) + ") to app role names or group ids");
            }
            String other = issuers.put(provider.issuerUri().strip().toLowerCase(Locale.ROOT), id);
            if (other != null) {
                throw new IllegalStateException(prefix + "issuer-uri is also the issuer of provider \"" + other + "\"");
            }
        });
    }

    private static void require(String value, String property) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(property + " is not set");
        }
    }

}
