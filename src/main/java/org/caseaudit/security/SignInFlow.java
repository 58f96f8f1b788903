package org.caseaudit.security;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Method;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

/**
 * Where a sign-in goes once the password is right. With nothing else due it completes as before (Vaadin's handler:
 * back to the page asked for). With a step due ({@link SignInSteps}), the user is not signed in yet: the session
 * holds a {@link SignInSteps.PendingSignIn} instead of a security context, and the browser goes to the sign-in step
 * page; {@link #complete} signs the user in when the steps are done.
 */
@Component
public class SignInFlow {

    public static final String PENDING = SignInFlow.class.getName() + ".pending";
    static final String STEP_PAGE = "/sign-in";

    private final SignInSteps steps;
    private final LoginAttempts attempts;
    private final SessionRegistry registry;

    SignInFlow(SignInSteps steps, LoginAttempts attempts, SessionRegistry registry) {
        this.steps = steps;
        this.attempts = attempts;
        this.registry = registry;
    }

    /** Puts the steps in front of the form login's own success handler (which Vaadin's configurer set). */
    void wrap(AbstractAuthenticationProcessingFilter filter) {
        Method getter = ReflectionUtils.findMethod(AbstractAuthenticationProcessingFilter.class, "getSuccessHandler");
        ReflectionUtils.makeAccessible(getter);
        AuthenticationSuccessHandler original = (AuthenticationSuccessHandler) ReflectionUtils.invokeMethod(
                getter, filter);
        filter.setAuthenticationSuccessHandler((request, response, authentication) -> {
            SignInSteps.PendingSignIn pending = steps.start(authentication.getName());
            if (pending == null) {
                attempts.succeeded(authentication.getName());
                original.onAuthenticationSuccess(request, response, authentication);
                return;
            }
            HttpSession session = request.getSession();
            session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            registry.removeSessionInformation(session.getId());
            SecurityContextHolder.getContextHolderStrategy().clearContext();
            session.setAttribute(PENDING, pending);
            response.sendRedirect(request.getContextPath() + STEP_PAGE);
        });
    }

    /** The pending sign-in of this browser session, if any. */
    public static SignInSteps.PendingSignIn pending(VaadinSession session) {
        WrappedSession wrapped = session == null ? null : session.getSession();
        return wrapped != null && wrapped.getAttribute(PENDING) instanceof SignInSteps.PendingSignIn p ? p : null;
    }

    public static void abandon(VaadinSession session) {
        if (session != null && session.getSession() != null) {
            session.getSession().removeAttribute(PENDING);
        }
    }

    /** Signs the user in on this browser session: as the form login would have, had no step been due. */
    public void complete(Authentication user, VaadinSession session) {
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(user);
        strategy.setContext(context);
        WrappedSession wrapped = session.getSession();
        wrapped.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        wrapped.removeAttribute(PENDING);
        registry.registerNewSession(wrapped.getId(), user.getPrincipal());
    }
}
