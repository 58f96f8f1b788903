package org.caseaudit.security;

import com.vaadin.flow.server.VaadinSession;
import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Runs work under a given identity and then restores the caller's: for demo data loaded as the demo users, and for
 * reports that read with the audit lead's rights on behalf of a panel viewer (the username stays the caller's, so
 * every audit-trail entry still names the real person). It goes through the configured (Vaadin-aware) strategy.
 * That strategy reads a signed-in user's context from the Vaadin session before its own thread-local one, so inside
 * a browser request a context set here would be ignored and the work would run with the caller's own rights (an
 * independent member opening Cycle reports was refused that way): the Vaadin session is hidden from the current
 * thread while the work runs, and put back afterwards.
 */
public final class RunAs {

    private RunAs() {
    }

    /** {@code work} signed in as {@code username} with {@code roles} (names without the ROLE_ prefix). */
    public static <T> T as(String username, Supplier<T> work, String... roles) {
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext previous = strategy.getContext();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                Arrays.stream(roles).distinct().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
        VaadinSession session = VaadinSession.getCurrent();
        strategy.setContext(context);
        if (session != null) {
            VaadinSession.setCurrent(null);
        }
        try {
            return work.get();
        } finally {
            if (session != null) {
                VaadinSession.setCurrent(session);
            }
            strategy.setContext(previous);
        }
    }

    public static void run(String username, Runnable work, String... roles) {
        as(username, () -> {
            work.run();
            return null;
        }, roles);
    }
}
