package org.caseaudit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.caseaudit.IntegrationTest;
import org.caseaudit.audit.FeedbackService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue 19, point 7: refusals leave a trail row (outcome DENIED, who, what), even though the refusal rolls back the
 * transaction it happened in: a refused page, a service call refused by role, another user's audit asked for by id.
 */
@IntegrationTest
class RefusalRecordingTest extends SpringBrowserlessTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired UserService users;
    @Autowired FeedbackService feedback;

    private int denied(String actor, String action, String target) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = ? "
                + "AND target_id = ? AND outcome = 'DENIED'", Integer.class, actor, action, target);
        return n == null ? 0 : n;
    }

    @Test
    @WithMockUser(username = "refusal-probe-1", roles = "AUDITOR")
    void a_refused_page_is_recorded_but_the_menu_checking_what_to_list_is_not() {
        int before = denied("refusal-probe-1", "ROUTE_DENIED", "/admin/users");
        int anyBefore = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE actor = 'refusal-probe-1'",
                Integer.class);
        UI.getCurrent().navigate("");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE actor = 'refusal-probe-1'",
                Integer.class)).as("opening the home page (its menu checks every view) records nothing")
                .isEqualTo(anyBefore);

        UI.getCurrent().navigate("admin/users");
        assertThat(denied("refusal-probe-1", "ROUTE_DENIED", "/admin/users")).isEqualTo(before + 1);
    }

    @Test
    @WithMockUser(username = "refusal-probe-2", roles = "PANEL_VIEWER")
    void a_service_call_refused_by_role_is_recorded() {
        int before = denied("refusal-probe-2", "SERVICE_DENIED", "UserService.findAll");
        assertThatThrownBy(() -> users.findAll()).isInstanceOf(AccessDeniedException.class);
        assertThat(denied("refusal-probe-2", "SERVICE_DENIED", "UserService.findAll")).isEqualTo(before + 1);
    }

    @Test
    @WithMockUser(username = "auditor2", roles = "AUDITOR")
    void asking_for_an_audit_that_is_not_yours_is_recorded_with_its_number() {
        long someoneElses = jdbc.queryForObject(
                "SELECT MIN(id) FROM case_audit WHERE auditor <> 'auditor2' AND submitted_at IS NOT NULL", Long.class);
        int before = denied("auditor2", "SERVICE_DENIED", "FeedbackService.feedback");
        assertThatThrownBy(() -> feedback.feedback(someoneElses)).isInstanceOf(AccessDeniedException.class);
        assertThat(denied("auditor2", "SERVICE_DENIED", "FeedbackService.feedback")).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("SELECT detail FROM audit_event WHERE actor = 'auditor2' AND action = "
                + "'SERVICE_DENIED' ORDER BY id DESC LIMIT 1", String.class)).contains("(" + someoneElses + ")");
    }
}
