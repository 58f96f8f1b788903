package org.caseaudit.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.caseaudit.shared.NamedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The principal of a user signed in with an identity provider: the provider's ID token and claims (kept for
 * RP-initiated sign-out), the workbench username as the name, and the workbench's roles as authorities.
 */
final class ProviderUser implements OidcUser, NamedPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcUser provided;
    private final String username;
    private final String fullName;
    private final String providerName;
    private final List<GrantedAuthority> authorities;

    ProviderUser(OidcUser provided, String username, String fullName, String providerName,
                 Collection<? extends GrantedAuthority> authorities) {
        this.provided = provided;
        this.username = username;
        this.fullName = fullName;
        this.providerName = providerName;
        this.authorities = List.copyOf(authorities);
    }

    /** The workbench username. */
    @Override
    public String getName() {
        return username;
    }

    @Override
    public String fullName() {
        return fullName;
    }

    String providerName() {
        return providerName;
    }

    @Override
    public Map<String, Object> getClaims() {
        return provided.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return provided.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return provided.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return provided.getAttributes();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    /** One principal per workbench user, as the session registry needs (as Spring's {@code User} does). */
    @Override
    public boolean equals(Object other) {
        return other instanceof ProviderUser user && user.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return username;
    }
}
