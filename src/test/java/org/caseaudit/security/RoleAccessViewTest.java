package org.caseaudit.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridNoneSelectionModel;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.data.provider.HasDataView;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.router.RouteAccessDeniedError;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.caseaudit.IntegrationTest;
import org.caseaudit.security.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Walks every route as each role, in the JVM: a role reaches exactly the views the access matrix gives it, and its
 * menu lists exactly those of them that have a menu entry. A refusal must look like one (the login view, or Vaadin's
 * access-denied / not-found error view that access control reroutes to); a view that crashes while opening is a
 * failure, never counted as "refused".
 * <p>
 * The signed-in user's security context is kept in the session as a real sign-in keeps it (Vaadin's context strategy
 * reads it from there first), and on every page the role reaches, the page's first action
 * ({@code first-actions.csv}) is taken too: an independent member's Cycle reports crashed only that way.
 */
@IntegrationTest
class RoleAccessViewTest extends SpringBrowserlessTest {

    /** What one navigation ended in. */
    enum Outcome {
        REACHED, REFUSED, CRASHED
    }

    record Navigation(Outcome outcome, String detail) {
    }

    private void walkRoutesAs(Role role) {
        signInAsARealSessionWould();
        Map<String, Set<Role>> matrix = AccessMatrix.expected();
        Map<String, String> firstActions = firstActions();
        for (Map.Entry<String, Class<?>> route : AccessMatrix.routes().entrySet()) {
            if (route.getKey().equals("login") || route.getKey().equals("sign-in")) {
                continue; // the steps of signing in, not pages of a signed-in user
            }
            boolean expected = matrix.get(route.getKey()).contains(role);
            Navigation navigation = open(route.getKey(), route.getValue());
            assertThat(navigation.outcome()).as("%s opening '%s' (%s)", role, route.getKey(), navigation.detail())
                    .isEqualTo(expected ? Outcome.REACHED : Outcome.REFUSED);
            if (expected) {
                Navigation action = firstAction(route.getKey(), firstActions.get(route.getKey()));
                assertThat(action.outcome()).as("%s taking the first action of '%s' (%s)", role, route.getKey(),
                        action.detail()).isEqualTo(Outcome.REACHED);
            }
        }
        Set<String> menu = new TreeSet<>();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            menu.add(entry.path().replaceFirst("^/", ""));
        }
        Set<String> expectedMenu = new TreeSet<>();
        AccessMatrix.routes().forEach((path, view) -> {
            if (view.isAnnotationPresent(com.vaadin.flow.router.Menu.class) && matrix.get(path).contains(role)) {
                expectedMenu.add(path);
            }
        });
        assertThat(menu).as("menu of %s", role).isEqualTo(expectedMenu);
    }

    /**
     * Navigates and tells the three endings apart. Access control never throws here: it reroutes to the login view
     * or to an error view whose parameter is an access-denied (or, in production mode, not-found) exception. An
     * exception escaping navigation, or Vaadin's internal-server-error view, is a crash.
     */
    private Navigation open(String path, Class<?> view) {
        HasElement current;
        try {
            UI.getCurrent().navigate(path);
            current = getCurrentView();
        } catch (RuntimeException | AssertionError e) {
            return new Navigation(Outcome.CRASHED, "exception escaped: " + e);
        }
        String detail = "ended on " + current.getClass().getName();
        if (view.isInstance(current)) {
            return new Navigation(Outcome.REACHED, detail);
        }
        if (current instanceof InternalServerError) {
            return new Navigation(Outcome.CRASHED, detail);
        }
        if (current instanceof LoginView || current instanceof RouteAccessDeniedError
                || current instanceof RouteNotFoundError) {
            return new Navigation(Outcome.REFUSED, detail);
        }
        return new Navigation(Outcome.CRASHED, "unexpected view: " + detail);
    }

    /**
     * Keeps the test's security context in the HTTP session, where Spring Security keeps a signed-in user's: Vaadin's
     * context strategy reads it from there before the thread's own, which changes what code that switches identity
     * for a moment (reports read with the audit lead's rights) actually runs with.
     */
    private static void signInAsARealSessionWould() {
        VaadinSession.getCurrent().getSession().setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, SecurityContextHolder.getContext());
    }

    /** route -> id of the component that is the page's first action, or "-" for a page without one. */
    static Map<String, String> firstActions() {
        Map<String, String> actions = new TreeMap<>();
        try (var in = RoleAccessViewTest.class.getResourceAsStream("/first-actions.csv")) {
            List<String> lines = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8)
                    .lines().filter(l -> !l.isBlank()).skip(1).toList();
            for (String line : lines) {
                String[] cells = line.split(",", -1);
                actions.put(cells[0].trim(), cells[1].trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return actions;
    }

    /**
     * Takes the page's first action as a user would: a button is clicked, a grid's first row selected (or clicked),
     * a choice set to its first item other than the current one. An exception, or ending on an error view, is a crash.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Navigation firstAction(String route, String id) {
        if (id == null) {
            return new Navigation(Outcome.CRASHED, "no line for this page in first-actions.csv");
        }
        if (id.equals("-")) {
            return new Navigation(Outcome.REACHED, "no action on this page");
        }
        try {
            List<Component> found = $(Component.class).withId(id).all();
            if (found.isEmpty()) {
                return new Navigation(Outcome.REACHED, "'" + id
                        + "' is not shown on this page now (e.g. an empty list)");
            }
            Component component = found.getFirst();
            switch (component) {
                case Button button -> test(button).click();
                case Grid grid -> {
                    GridTester tester = test(grid);
                    if (tester.size() > 0) {
                        if (grid.getSelectionModel() instanceof GridNoneSelectionModel) {
                            tester.clickRow(0);
                        } else {
                            tester.select(0);
                        }
                    }
                }
                case HasValue field when component instanceof HasDataView<?, ?, ?> choice -> {
                    Object current = field.getValue();
                    ((HasDataView<Object, ?, ?>) choice).getGenericDataView().getItems()
                            .filter(item -> !Objects.equals(item, current)).findFirst().ifPresent(field::setValue);
                }
                default -> {
                    return new Navigation(Outcome.CRASHED, "first action '" + id + "' is a "
                            + component.getClass().getSimpleName() + ", which this test cannot use");
                }
            }
        } catch (RuntimeException | AssertionError e) {
            return new Navigation(Outcome.CRASHED, "first action '" + id + "' threw " + e);
        }
        HasElement current = getCurrentView();
        if (current instanceof InternalServerError || current instanceof HasErrorParameter<?>) {
            return new Navigation(Outcome.CRASHED, "first action '" + id + "' ended on "
                    + current.getClass().getName());
        }
        return new Navigation(Outcome.REACHED, "took '" + id + "'");
    }

    @Test
    void every_route_has_a_line_in_first_actions() {
        assertThat(firstActions().keySet()).containsExactlyInAnyOrderElementsOf(AccessMatrix.routes().keySet());
    }

    /** A view every signed-in user may open, which fails while it is being built. */
    @PermitAll
    public static class CrashingView extends Div {
        public CrashingView() {
            throw new IllegalStateException("this view fails on purpose");
        }
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void a_view_that_crashes_is_told_apart_from_a_refusal() {
        RouteConfiguration.forApplicationScope().setRoute("crash-probe", CrashingView.class);
        try {
            assertThat(open("crash-probe", CrashingView.class).outcome()).isEqualTo(Outcome.CRASHED);
            String refusedRoute = AccessMatrix.expected().entrySet().stream()
                    .filter(e -> !e.getValue().contains(Role.AUDITOR)).map(Map.Entry::getKey).findFirst().orElseThrow();
            Navigation refused = open(refusedRoute, AccessMatrix.routes().get(refusedRoute));
            assertThat(refused.outcome()).as(refused.detail()).isEqualTo(Outcome.REFUSED);
        } finally {
            RouteConfiguration.forApplicationScope().removeRoute("crash-probe");
        }
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void administrator() {
        walkRoutesAs(Role.ADMIN);
    }

    @Test
    @WithMockUser(username = "lead", roles = "AUDIT_LEAD")
    void audit_lead() {
        walkRoutesAs(Role.AUDIT_LEAD);
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void auditor() {
        walkRoutesAs(Role.AUDITOR);
    }

    @Test
    @WithMockUser(username = "moderator", roles = "MODERATOR")
    void moderator() {
        walkRoutesAs(Role.MODERATOR);
    }

    @Test
    @WithMockUser(username = "member", roles = "INDEPENDENT_MEMBER")
    void independent_member() {
        walkRoutesAs(Role.INDEPENDENT_MEMBER);
    }

    @Test
    @WithMockUser(username = "panel", roles = "PANEL_VIEWER")
    void panel_viewer() {
        walkRoutesAs(Role.PANEL_VIEWER);
    }

    @Test
    @WithMockUser(username = "manager", roles = "TEAM_MANAGER")
    void team_manager() {
        walkRoutesAs(Role.TEAM_MANAGER);
    }

    @Test
    @WithMockUser(username = "police", roles = "AGENCY_COORDINATOR")
    void agency_coordinator() {
        walkRoutesAs(Role.AGENCY_COORDINATOR);
    }

    @Test
    @WithMockUser(username = "partnership", roles = "PARTNERSHIP_LEAD")
    void partnership_lead() {
        walkRoutesAs(Role.PARTNERSHIP_LEAD);
    }

    @Test
    @WithMockUser(username = "partnerpanel", roles = "PARTNERSHIP_PANEL")
    void partnership_panel() {
        walkRoutesAs(Role.PARTNERSHIP_PANEL);
    }
}
