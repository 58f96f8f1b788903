package org.caseaudit.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long a signed-in session lasts, on the application's clock:
 * <ul>
 * <li>idle: it ends after {@code idle} without a user action. Vaadin's heartbeat (a request every few minutes while
 * the tab is open) is not an action, so an open tab no longer keeps a session alive; clicks, typing and page loads
 * are;</li>
 * <li>absolute: it ends {@code lifetime} after sign-in whatever the user does (default 10 hours).</li>
 * </ul>
 * An ended session is signed out and recorded, and the request is sent to the sign-in page (a Vaadin request gets the
 * redirect in the form its client follows).
 */
class SessionLifetime extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = SessionLifetime.class.getName() + ".signedInAt";
    static final String LAST_ACTION_AT = SessionLifetime.class.getName() + ".lastActionAt";

    private final Clock clock;
    private final Duration idle;
    private final Duration lifetime;
    private final AuditTrail trail;
    private final RedirectStrategy redirect;

    SessionLifetime(Clock clock, Duration idle, Duration lifetime, AuditTrail trail, RedirectStrategy redirect) {
        this.clock = clock;
        this.idle = idle;
        this.lifetime = lifetime;
        this.trail = trail;
        this.redirect = redirect;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (session == null || user == null || !user.isAuthenticated()
                || user instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        Instant now = clock.instant();
        Instant signedIn = (Instant) session.getAttribute(SIGNED_IN_AT);
        if (signedIn == null) {
            signedIn = now;
            session.setAttribute(SIGNED_IN_AT, now);
        }
        Instant lastAction = (Instant) session.getAttribute(LAST_ACTION_AT);
        if (lastAction == null) {
            lastAction = signedIn;
        }
        String ended = !now.isBefore(signedIn.plus(lifetime)) ? "session lifetime of " + lifetime.toHours()
                + " hours reached"
                : !now.isBefore(lastAction.plus(idle)) ? "no action for " + idle.toMinutes() + " minutes" : null;
        if (ended != null) {
            trail.record(user.getName(), "SESSION_ENDED", "user", user.getName(), ended, request.getRemoteAddr(),
                    AuditTrail.Outcome.SUCCESS);
            SecurityContextHolder.clearContext();
            session.invalidate();
            redirect.sendRedirect(request, response, "/login");
            return;
        }
        if (isUserAction(request)) {
            session.setAttribute(LAST_ACTION_AT, now);
        }
        chain.doFilter(request, response);
    }

    /** Everything but Vaadin's heartbeat (which only says the tab is still open). */
    static boolean isUserAction(HttpServletRequest request) {
        return !"heartbeat".equals(request.getParameter("v-r"));
    }
}
