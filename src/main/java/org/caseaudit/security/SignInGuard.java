package org.caseaudit.security;

import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in front of the sign-in form's POST, before any password is checked, and refuses:
 * <ol>
 * <li>a form sent from another site (login CSRF: a page elsewhere signing the browser in as someone else), told by
 * the browser's {@code Sec-Fetch-Site} and {@code Origin} headers; a client that sends neither (not a browser) cannot
 * be used for that attack and passes on;</li>
 * <li>more attempts from one client address than its allowance, and more than the allowance of all addresses
 * together (token buckets: a burst, then a steady refill); a successful sign-in gives its attempt back, so the
 * allowances count failures;</li>
 * <li>a username locked by {@link LoginAttempts}, whether or not such a user exists, so that the lockout tells
 * nothing about which names exist.</li>
 * </ol>
 * Every refusal gets the same reply as a wrong password (back to the sign-in page with its error), and is recorded
 * (rate-limited) in the audit trail with the reason.
 */
class SignInGuard extends OncePerRequestFilter {

    static final String REFUSED = "SIGN_IN_REFUSED";

    private final RequestMatcher signInPost = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/login");
    private final LoginAttempts attempts;
    private final RefusalLog refusals;
    private final TokenBuckets perAddress;
    private final Bucket allAddresses;
    private final boolean localLogin;

    SignInGuard(Clock clock, LoginAttempts attempts, RefusalLog refusals, int perAddressAttempts,
                Duration perAddressPeriod, int allAttempts, Duration allPeriod) {
        this(clock, attempts, refusals, perAddressAttempts, perAddressPeriod, allAttempts, allPeriod, true);
    }

    /** With {@code localLogin} false the form's POST is refused outright (sign-in with an identity provider only). */
    SignInGuard(Clock clock, LoginAttempts attempts, RefusalLog refusals, int perAddressAttempts,
                Duration perAddressPeriod, int allAttempts, Duration allPeriod, boolean localLogin) {
        this.localLogin = localLogin;
        this.attempts = attempts;
        this.refusals = refusals;
        this.perAddress = new TokenBuckets(clock, perAddressAttempts, perAddressPeriod, 100_000);
        this.allAddresses = TokenBuckets.bucket(clock, allAttempts, allPeriod);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !signInPost.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        String username = Usernames.normalise(request.getParameter("username"));
        if (!localLogin) {
            refusals.record(RefusalLog.ANONYMOUS, address, REFUSED, "user",
                    username.length() > 64 ? username.substring(0, 64) : username, "local sign-in is switched off");
            // written here, not with sendError: the error page's dispatch would be sent on to the sign-in page
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Sign-in with a workbench password is switched off: use your organisation's "
                    + "account.");
            return;
        }
        String refusal = crossSite(request);
        if (refusal == null) {
            Bucket mine = perAddress.forKey(address);
            if (!mine.tryConsume(1)) {
                refusal = "too many sign-in attempts from this address";
            } else if (!allAddresses.tryConsume(1)) {
                mine.addTokens(1);
                refusal = "too many sign-in attempts from all addresses together";
            } else if (attempts.isLocked(username)) {
                refusal = "username locked after repeated failures";
            }
        }
        if (refusal != null) {
            refusals.record(RefusalLog.ANONYMOUS, address, REFUSED, "user",
                    username.length() > 64 ? username.substring(0, 64) : username, refusal);
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        chain.doFilter(request, response);
    }

    /** A successful sign-in gives back the attempt it used, so the allowances count failed attempts. */
    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            perAddress.forKey(details.getRemoteAddress()).addTokens(1);
            allAddresses.addTokens(1);
        }
    }

    /**
     * Why the form is refused as sent from another site, or null when it came from this one (or not from a browser).
     */
    static String crossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            return "sign-in form sent from another site (Sec-Fetch-Site: " + site + ")";
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.equalsIgnoreCase(ownOrigin(request))) {
            return "sign-in form sent from another origin (" + (origin.length() > 100 ? origin.substring(0, 100)
                    : origin) + ")";
        }
        return null;
    }

    /** This application's origin as the request reached it (behind a proxy: as the forwarded headers say). */
    static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme)
                && port == 443);
        return URI.create(scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)).toString();
    }
}
