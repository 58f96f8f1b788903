package org.caseaudit.security;

import jakarta.servlet.http.HttpSession;
import java.util.List;

/**
 * How people may sign in, as the sign-in page shows it: the local form (unless switched off) and a "Sign in with ..."
 * button per identity provider.
 */
public final class SignInOptions {

    /** The session attribute holding the plain-words reason of the last refused provider sign-in. */
    public static final String PROVIDER_REFUSAL = SignInOptions.class.getName() + ".refusal";

    /** A button: its label and where it starts the provider's sign-in. */
    public record ProviderButton(String id, String name, String path) {
    }

    private final boolean localLogin;
    private final List<ProviderButton> providers;

    SignInOptions(boolean localLogin, List<ProviderButton> providers) {
        this.localLogin = localLogin;
        this.providers = List.copyOf(providers);
    }

    public boolean localLogin() {
        return localLogin;
    }

    public List<ProviderButton> providers() {
        return providers;
    }

    /** The reason the last provider sign-in of this session was refused, once (it is removed as it is read). */
    public static String takeRefusal(HttpSession session) {
        if (session == null || !(session.getAttribute(PROVIDER_REFUSAL) instanceof String reason)) {
            return null;
        }
        session.removeAttribute(PROVIDER_REFUSAL);
        return reason;
    }
}
