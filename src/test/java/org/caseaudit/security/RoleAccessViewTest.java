package org.caseaudit.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.caseaudit.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Walks every route as each role, in the JVM: a role reaches exactly the views the access matrix gives it, and its
 * menu lists exactly those of them that have a menu entry.
 */
@IntegrationTest
class RoleAccessViewTest extends SpringBrowserlessTest {

    private void walkRoutesAs(Role role) {
        Map<String, Set<Role>> matrix = AccessMatrix.expected();
        for (Map.Entry<String, Class<?>> route : AccessMatrix.routes().entrySet()) {
            if (route.getKey().equals("login")) {
                continue;
            }
            boolean expected = matrix.get(route.getKey()).contains(role);
            boolean reached = reaches(route.getKey(), route.getValue());
            assertThat(reached).as("%s opening '%s'", role, route.getKey()).isEqualTo(expected);
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

    @SuppressWarnings("unchecked")
    private boolean reaches(String path, Class<?> view) {
        try {
            navigate(path, (Class<? extends Component>) view);
            return view.isInstance(getCurrentView());
        } catch (RuntimeException | AssertionError denied) {
            return false;
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
