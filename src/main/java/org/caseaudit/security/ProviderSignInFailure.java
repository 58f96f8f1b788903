package org.caseaudit.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A refused sign-in with an identity provider: recorded in the audit trail ({@code SIGN_IN_REFUSED}, with the
 * provider and the technical reason), and the user sent back to the sign-in page, which tells them in plain words why.
 */
class ProviderSignInFailure implements AuthenticationFailureHandler {

    private static final Pattern CALLBACK = Pattern.compile(".*/login/oauth2/code/([a-z0-9-]+)$");
    private final OidcSettings settings;
    private final RefusalLog refusals;

    ProviderSignInFailure(OidcSettings settings, RefusalLog refusals) {
        this.settings = settings;
        this.refusals = refusals;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        Matcher callback = CALLBACK.matcher(request.getRequestURI());
        String id = callback.matches() ? callback.group(1) : null;
        OidcSettings.Provider provider = id == null ? null : settings.providersOrNone().get(id);
        String name = provider == null ? "The identity provider" : provider.name();
        String reason;
        String actor = RefusalLog.ANONYMOUS;
        String detail;
        if (exception instanceof ProviderSignIn.Refused refused) {
            reason = refused.getMessage();
            actor = refused.username() == null ? RefusalLog.ANONYMOUS : refused.username();
            detail = refused.detail();
        } else {
            OAuth2Error error = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError() : null;
            String code = error == null ? "" : error.getErrorCode();
            String description = error == null || error.getDescription() == null ? String.valueOf(
                    exception.getMessage())
                    : error.getDescription();
            reason = plainReason(name, code, description);
            detail = name + (id == null ? "" : " (" + id + ")") + ": " + code + ": " + description;
        }
        refusals.record(actor, request.getRemoteAddr(), SignInGuard.REFUSED, "user",
                RefusalLog.ANONYMOUS.equals(actor) ? null : actor, detail);
        request.getSession().setAttribute(SignInOptions.PROVIDER_REFUSAL, reason);
        response.sendRedirect(request.getContextPath() + "/login?error=provider");
    }

    /** What the user is told: which check failed, in words, never the token or a class name. */
    static String plainReason(String provider, String code, String description) {
        String text = description == null ? "" : description.toLowerCase(Locale.ROOT);
        String why;
        if ("invalid_nonce".equals(code)) {
            why = "the answer did not belong to this sign-in (nonce)";
        } else if ("authorization_request_not_found".equals(code) || "invalid_state_parameter".equals(code)) {
            why = "the answer did not belong to a sign-in started here (state)";
        } else if (text.contains("the iss claim is not valid")) {
            why = "it came from another issuer than the one configured";
        } else if (text.contains("the aud claim is not valid")) {
            why = "it was issued for another application (audience)";
        } else if (text.contains("expired")) {
            why = "it has expired";
        } else if (text.contains("iat") || text.contains("before")) {
            why = "its time is not valid";
        } else if ("access_denied".equals(code)) {
            why = "it was cancelled or refused there";
        } else {
            why = "it could not be checked";
        }
        return "Sign-in with " + provider + " was refused: " + why + ". Please try again, or ask your administrator "
                + "if it keeps happening.";
    }
}
