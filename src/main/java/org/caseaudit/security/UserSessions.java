package org.caseaudit.security;

import java.util.List;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The open sessions of each user (Spring Security's session registry, fed at every sign-in and emptied as sessions
 * end). Ending a user's sessions marks them expired: the next request of any of them, a click or a heartbeat, is
 * signed out and sent to the sign-in page before it reaches a page or a service.
 */
@Component
class UserSessions {

    private final SessionRegistry registry;
    private final AuditTrail trail;

    UserSessions(SessionRegistry registry, AuditTrail trail) {
        this.registry = registry;
        this.trail = trail;
    }

    /** Ends every session of {@code username} at once and records it with the reason; returns how many there were. */
    int endAll(String username, String reason) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (username.equals(name(principal))) {
                List<SessionInformation> sessions = registry.getAllSessions(principal, false);
                sessions.forEach(SessionInformation::expireNow);
                ended += sessions.size();
            }
        }
        trail.record("SESSIONS_ENDED", "user", username, reason + ": " + ended + " open session(s) ended");
        return ended;
    }

    /** Ends the other sessions of {@code username}, keeping {@code keepSessionId} (after a password change). */
    int endOthers(String username, String keepSessionId, String reason) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (username.equals(name(principal))) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(keepSessionId)) {
                        session.expireNow();
                        ended++;
                    }
                }
            }
        }
        if (ended > 0) {
            trail.record("SESSIONS_ENDED", "user", username, reason + ": " + ended + " other session(s) ended");
        }
        return ended;
    }

    private static String name(Object principal) {
        return principal instanceof UserDetails user ? user.getUsername()
                : principal instanceof AuthenticatedPrincipal named ? named.getName() : String.valueOf(principal);
    }
}
