package org.caseaudit.security.internal;

import jakarta.persistence.PrePersist;
import org.caseaudit.shared.council.CurrentCouncil;
import org.springframework.stereotype.Component;

/**
 * A new account that names no council joins the council its creator works in (an administrator creating a user, a
 * provider's just-in-time account, the demo users and the first administrator at start: council 1 unless scoped).
 */
@Component
class JoinCurrentCouncil {

    private final CurrentCouncil currentCouncil;

    JoinCurrentCouncil(CurrentCouncil currentCouncil) {
        this.currentCouncil = currentCouncil;
    }

    @PrePersist
    void join(UserAccount account) {
        if (account.getCouncils().isEmpty()) {
            account.joinCouncil(currentCouncil.id());
        }
    }
}
