package org.caseaudit.security;

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
 * every audit-trail entry still names the real person). The one place the application sets a security context by
 * hand; it goes through the configured (Vaadin-aware) strategy.
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
        strategy.setContext(context);
        try {
            return work.get();
        } finally {
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
