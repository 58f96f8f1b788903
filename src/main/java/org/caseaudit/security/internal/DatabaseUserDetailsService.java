package org.caseaudit.security.internal;

import org.caseaudit.security.LoginAttempts;
import org.caseaudit.security.Usernames;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final LoginAttempts loginAttempts;

    DatabaseUserDetailsService(UserAccountRepository users, LoginAttempts loginAttempts) {
        this.users = users;
        this.loginAttempts = loginAttempts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsernameKey(Usernames.normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        if (account.getIdentityProvider() != null) {
            // signs in with the identity provider only: the form treats it as it treats an unknown name
            throw new UsernameNotFoundException("Signs in with an identity provider");
        }
        return new SignedInUser(account.getUsername(), account.getPasswordHash(), account.isEnabled(),
                !loginAttempts.isLocked(account.getUsername()),
                account.getRoles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList(),
                account.getFullName());
    }
}
