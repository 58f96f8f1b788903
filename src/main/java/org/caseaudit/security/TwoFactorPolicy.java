package org.caseaudit.security;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who must use two-factor sign-in. {@code caseaudit.two-factor.required} (CASEAUDIT_TWO_FACTOR_REQUIRED) switches the
 * requirement on or off; unset, it is on wherever the demo data is not loaded (production) and off where it is (the
 * embedded default and the tests, whose demo users share a published password anyway). When on, users holding one
 * of {@code caseaudit.two-factor.roles} (default administrators and audit leads) must set up an authenticator app at
 * their next sign-in. Anyone else may turn two-factor on for themselves under My account.
 */
@Component
public class TwoFactorPolicy {

    private final boolean enforced;
    private final Set<Role> roles;

    TwoFactorPolicy(@Value("${caseaudit.two-factor.required:}") String required,
                    @Value("${caseaudit.demo-data:false}") boolean demoData,
                    @Value("${caseaudit.two-factor.roles:ADMIN,AUDIT_LEAD}") Set<Role> roles) {
        this.enforced = required == null || required.isBlank() ? !demoData : Boolean.parseBoolean(required.strip());
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean requiredFor(Set<Role> userRoles) {
        return enforced && userRoles.stream().anyMatch(roles::contains);
    }

    public boolean enforced() {
        return enforced;
    }
}
