package org.caseaudit.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.caseaudit.DemoDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * "What needs me now" on the demo data, per role: what appears, and what is hidden. On the demo year
 * ({@code @DemoDataTest}): it checks the open cycles, packs, actions and deadlines the demo gives each role.
 */
@DemoDataTest
class HomeViewTest extends SpringBrowserlessTest {

    private String now() {
        navigate(HomeView.class);
        return $(Div.class).id("home-now").getElement().getTextRecursively();
    }

    @Test
    @WithMockUser(username = "lead", roles = "AUDIT_LEAD")
    void the_lead_sees_each_open_cycle_with_its_next_step_actions_and_deadlines() {
        String text = now();
        assertThat(text).contains("Your audit cycles").contains("Audits and moderations").contains("Actions overdue")
                .contains("Statutory timescales").contains("The deadline monitor shows")
                .doesNotContain("Your audits and moderations").doesNotContain("Case imports");
        assertThat($(Button.class).all()).extracting(Button::getText).containsAnyOf("Draw the sample",
                "Assign auditors", "Create the audits", "Chase the audits", "Follow the moderation", "Write the report",
                "Start a new cycle");
        assertThat($(Button.class).all()).extracting(Button::getText).contains("Open the action plan",
                "Open the deadline monitor");
    }

    @Test
    @WithMockUser(username = "auditor2", roles = "AUDITOR")
    void an_auditor_sees_their_work_by_due_date_and_their_overdue_action() {
        String text = now();
        assertThat(text).contains("Your audits and moderations").contains("Your action \"")
                .doesNotContain("Your audit cycles").doesNotContain("Statutory timescales")
                .doesNotContain("Case imports").doesNotContain("Audits waiting for your reply");
        assertThat($(Button.class).all()).extracting(Button::getText).contains("My actions");
    }

    @Test
    @WithMockUser(username = "manager", roles = "TEAM_MANAGER")
    void a_team_manager_sees_the_audits_waiting_for_their_reply() {
        String text = now();
        assertThat(text).contains("Audits waiting for your reply").doesNotContain("Your audit cycles")
                .doesNotContain("Actions overdue");
    }

    @Test
    @WithMockUser(username = "panel", roles = "PANEL_VIEWER")
    void a_panel_viewer_sees_the_latest_pack_only() {
        String text = now();
        assertThat(text).contains("The latest committee pack").doesNotContain("Your audit cycles")
                .doesNotContain("Actions overdue").doesNotContain("Your audits and moderations");
        assertThat($(Button.class).all()).extracting(Button::getText).contains("Open the reports");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_administrator_sees_the_last_import_and_the_background_jobs() {
        String text = now();
        assertThat(text).contains("Case imports").containsAnyOf("Last import", "No case export").contains(
                "Background jobs")
                .doesNotContain("Your audit cycles").doesNotContain("Your audits and moderations");
    }
}
