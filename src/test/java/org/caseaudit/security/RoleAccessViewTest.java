package org.caseaudit.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.router.RouteAccessDeniedError;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.caseaudit.IntegrationTest;
import org.caseaudit.security.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Walks every route as each role, in the JVM: a role reaches exactly the views the access matrix gives it, and its
 * menu lists exactly those of them that have a menu entry. A refusal must look like one (the login view, or Vaadin's
 * access-denied / not-found error view that access control reroutes to); a view that crashes while opening is a
 * failure, never counted as "refused".
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
        Map<String, Set<Role>> matrix = AccessMatrix.expected();
        for (Map.Entry<String, Class<?>> route : AccessMatrix.routes().entrySet()) {
            if (route.getKey().equals("login")) {
                continue;
            }
            boolean expected = matrix.get(route.getKey()).contains(role);
            Navigation navigation = open(route.getKey(), route.getValue());
            assertThat(navigation.outcome()).as("%s opening '%s' (%s)", role, route.getKey(), navigation.detail())
                    .isEqualTo(expected ? Outcome.REACHED : Outcome.REFUSED);
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
}
