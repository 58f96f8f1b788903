package org.caseaudit.security.internal;

import java.util.Collection;
import org.caseaudit.shared.NamedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The principal of a signed-in user: Spring's user plus the full name shown in the interface. */
class SignedInUser extends User implements NamedPrincipal {

    private final String fullName;

    SignedInUser(String username, String password, boolean enabled, boolean accountNonLocked,
                 Collection<? extends GrantedAuthority> authorities, String fullName) {
        super(username, password, enabled, true, true, accountNonLocked, authorities);
        this.fullName = fullName;
    }

    @Override
    public String fullName() {
        return fullName;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
