package org.caseaudit.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Records every sign-in and every failed sign-in in the audit trail. */
@Component
class SignInAuditListener {

    private final AuditTrail auditTrail;

    SignInAuditListener(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        String detail = authentication.getPrincipal() instanceof ProviderUser user ? "with " + user.providerName()
                + ", roles " + user.getAuthorities().stream().map(a -> a.getAuthority().replace("ROLE_", ""))
                .sorted().toList() : null;
        auditTrail.record(authentication.getName(), "SIGN_IN", "user", authentication.getName(), detail,
                remoteAddress(authentication), AuditTrail.Outcome.SUCCESS);
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication authentication = event.getAuthentication();
        String name = String.valueOf(authentication.getName());
        auditTrail.record(name.length() > 64 ? name.substring(0, 64) : name, "SIGN_IN", "user", null,
                reason(event.getException()), remoteAddress(authentication), AuditTrail.Outcome.FAILURE);
    }

    /** Why a sign-in failed, in the words the audit trail shows a reader (never an exception's class name). */
    static String reason(AuthenticationException e) {
        return switch (e) {
            case BadCredentialsException b -> "Wrong username or password";
            case LockedException l -> "Account locked after repeated failed sign-ins";
            case DisabledException d -> "Account disabled";
            case AccountExpiredException a -> "Account expired";
            case CredentialsExpiredException c -> "Password expired";
            case InsufficientAuthenticationException i -> "Sign-in not completed";
            default -> "Sign-in refused";
        };
    }

    private static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }
}
