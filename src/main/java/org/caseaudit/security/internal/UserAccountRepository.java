package org.caseaudit.security.internal;

import java.util.List;
import java.util.Optional;
import org.caseaudit.security.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    /** By {@link org.caseaudit.security.Usernames#normalise normalised} name. */
    Optional<UserAccount> findByUsernameKey(String usernameKey);

    Optional<UserAccount> findByIdentityProviderAndProviderSubject(String identityProvider, String providerSubject);

    boolean existsByUsernameKey(String usernameKey);

    List<UserAccount> findAllByOrderByUsernameAsc();

    @Query("select count(u) from UserAccount u join u.roles r where r = :role and u.enabled = true")
    long countEnabledWithRole(Role role);
}
