package org.caseaudit.shared.council;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The council the current work belongs to (decision 0012), in this order:
 * <ol>
 * <li>an explicit {@link CouncilScope} (jobs, demo loader, integration-token API calls);</li>
 * <li>the signed-in user's council: the one chosen at sign-in (kept in the session), else the user's only council,
 * else (several councils, none chosen yet) the first of them;</li>
 * <li>otherwise the installation's first council ({@link #INSTALLATION_COUNCIL}): start-up work and a principal
 * that is no stored user. A stored user who belongs to no council is refused.</li>
 * </ol>
 * Hibernate's tenant resolver and every native statement on a council table read {@link #id()}.
 */
@Component
public class CurrentCouncil {

    /** The council an installation had before councils existed (V36_1); a single-council installation is this one. */
    public static final long INSTALLATION_COUNCIL = 1L;

    static final String SESSION_ATTRIBUTE = CurrentCouncil.class.getName() + ".chosen";
    /** The council resolved for the signed-in user in this HTTP request (decision 0022). */
    static final String REQUEST_ATTRIBUTE = CurrentCouncil.class.getName() + ".resolved";

    /** A user's council as resolved once in a request: every later statement of the request reuses it. */
    private record Resolved(String username, long councilId) {
    }

    private final JdbcTemplate jdbc;

    public CurrentCouncil(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long id() {
        Optional<Long> scoped = CouncilScope.current();
        if (scoped.isPresent()) {
            return scoped.get();
        }
        Optional<String> username = username();
        if (username.isEmpty()) {
            return INSTALLATION_COUNCIL;
        }
        if (inRequest() instanceof Resolved resolved && resolved.username().equals(username.get())) {
            return resolved.councilId();
        }
        Optional<Long> member = memberCouncil(username.get());
        if (member.isPresent()) {
            keepInRequest(new Resolved(username.get(), member.get()));
            return member.get();
        }
        if (isStoredUser(username.get())) {
            throw new AccessDeniedException("User " + username.get() + " belongs to no council");
        }
        // not kept: a principal that is no stored user yet may become one (an account made for it) in this request
        return INSTALLATION_COUNCIL;
    }

    /**
     * The signed-in user's council from the database: the session's choice if the user still belongs to it, else the
     * first of their councils; empty when they belong to none. Asked once per HTTP request (membership can change
     * between requests, e.g. when a council is offboarded) and on every call outside a request that is no
     * {@link CouncilScope}.
     */
    private Optional<Long> memberCouncil(String username) {
        Optional<Long> chosen = chosenInSession(username);
        if (chosen.isPresent()) {
            return chosen;
        }
        return councilsOf(username).stream().findFirst();
    }

    /** The councils still served (not offboarded), lowest id first: what scheduled jobs run over, one at a time. */
    public List<Long> active() {
        return jdbc.queryForList("SELECT id FROM council WHERE offboarded_at IS NULL ORDER BY id", Long.class);
    }

    /** Runs {@code work} once for every active council, as that council ({@link CouncilScope}). */
    public void forEachActive(LongConsumer work) {
        for (long councilId : active()) {
            CouncilScope.run(councilId, () -> work.accept(councilId));
        }
    }

    /** The councils a user belongs to, lowest id first (empty for a name that is no stored user). */
    public List<Long> councilsOf(String username) {
        return jdbc.queryForList("SELECT m.council_id FROM app_user_council m JOIN app_user u ON u.id = m.user_id"
                + " JOIN council c ON c.id = m.council_id"
                + " WHERE u.username = ? AND c.offboarded_at IS NULL ORDER BY m.council_id", Long.class, username);
    }

    /** The signed-in user's councils (empty when nobody is signed in). */
    public List<Long> councilsOfSignedInUser() {
        return username().map(this::councilsOf).orElse(List.of());
    }

    /** Whether the signed-in user still has to choose a council (belongs to several, none chosen in this session). */
    public boolean choiceNeeded() {
        Optional<String> username = username();
        return username.isPresent() && CouncilScope.current().isEmpty()
                && chosenInSession(username.get()).isEmpty() && councilsOf(username.get()).size() > 1;
    }

    /** Keeps the signed-in user's choice for this session; refuses a council the user does not belong to. */
    public void choose(long councilId) {
        String username = username().orElseThrow(() -> new AccessDeniedException("Nobody is signed in"));
        if (!councilsOf(username).contains(councilId)) {
            throw new AccessDeniedException("User " + username + " does not belong to council " + councilId);
        }
        store(username + "\u0000" + councilId);
        keepInRequest(new Resolved(username, councilId));
    }

    /** What this HTTP request resolved, or null (none yet, or no request: jobs, workers, a request that ended). */
    private static Object inRequest() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        try {
            return request == null ? null : request.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        } catch (IllegalStateException requestEnded) {
            return null;
        }
    }

    private static void keepInRequest(Resolved resolved) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            try {
                request.setAttribute(REQUEST_ATTRIBUTE, resolved, RequestAttributes.SCOPE_REQUEST);
            } catch (IllegalStateException requestEnded) {
                // nothing to keep it in: the next call resolves it again
            }
        }
    }

    private Optional<Long> chosenInSession(String username) {
        Object value = load();
        if (value instanceof String s && s.startsWith(username + "\u0000")) {
            long councilId = Long.parseLong(s.substring(username.length() + 1));
            if (councilsOf(username).contains(councilId)) {
                return Optional.of(councilId);
            }
        }
        return Optional.empty();
    }

    /**
     * The choice is kept in the HTTP session itself (Vaadin's wrapped session where there is one), never in Vaadin's
     * session state: a download or other request handler runs without the Vaadin session's lock, and reading its
     * attributes there fails ("Cannot access state in VaadinSession or UI without locking the session"), while every
     * trail row of a download asks for the council.
     */
    private Object load() {
        WrappedSession wrapped = wrappedSession();
        if (wrapped != null) {
            return wrapped.getAttribute(SESSION_ATTRIBUTE);
        }
        HttpSession http = httpSession(false);
        return http == null ? null : http.getAttribute(SESSION_ATTRIBUTE);
    }

    private void store(String value) {
        WrappedSession wrapped = wrappedSession();
        if (wrapped != null) {
            wrapped.setAttribute(SESSION_ATTRIBUTE, value);
            return;
        }
        HttpSession http = httpSession(true);
        if (http != null) {
            http.setAttribute(SESSION_ATTRIBUTE, value);
        }
    }

    private static WrappedSession wrappedSession() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        return vaadin == null ? null : vaadin.getSession();
    }

    private static HttpSession httpSession(boolean create) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getSession(create);
        }
        return null;
    }

    private boolean isStoredUser(String username) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class, username);
        return n != null && n > 0;
    }

    private static Optional<String> username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }
}
