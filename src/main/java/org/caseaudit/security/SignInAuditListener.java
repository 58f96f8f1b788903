package org.caseaudit.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
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
                event.getException().getClass().getSimpleName(), remoteAddress(authentication), AuditTrail.Outcome.FAILURE);
    }

    private static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
