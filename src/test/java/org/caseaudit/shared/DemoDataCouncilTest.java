package org.caseaudit.shared;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.caseaudit.IntegrationTest;
import org.caseaudit.shared.council.CurrentCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 25: a demo loader loads for its lead's council and names demo users (the walk-through's auditor and
 * moderator, an action's owner, the agencies' members); each must be that council's member, or the loader stops with a
 * message naming them, before it writes anything. Each case moves one named user to another council inside the test's
 * transaction (rolled back afterwards).
 */
@IntegrationTest
@Transactional
class DemoDataCouncilTest {

    @Autowired
    List<DemoData> loaders;
    @Autowired
    CurrentCouncil council;
    @Autowired
    JdbcTemplate jdbc;

    private long otherCouncil;

    @BeforeEach
    void another_council() {
        jdbc.update("INSERT IGNORE INTO council (code, name, created_at) VALUES ('DDC-B', 'Demo data council B',"
                + " UTC_TIMESTAMP(6))");
        otherCouncil = jdbc.queryForObject("SELECT id FROM council WHERE code = 'DDC-B'", Long.class);
    }

    private DemoData loader(String name) {
        return loaders.stream().filter(l -> l.getClass().getSimpleName().startsWith(name)).findFirst().orElseThrow();
    }

    @Test
    void the_demo_users_are_the_installation_councils_and_another_councils_user_is_named() {
        assertThatCode(() -> DemoData.requireMembers(council, CurrentCouncil.INSTALLATION_COUNCIL, "Test",
                List.of("lead", "auditor", "auditor2", "moderator", "police", "health", "school", "childrens")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> DemoData.requireMembers(council, otherCouncil, "Test", List.of("lead", "auditor")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Test loads council " + otherCouncil + " but names demo users who are not its members: "
                        + "lead, auditor (add them to council " + otherCouncil + ", or name users of that council)");
    }

    @ParameterizedTest
    @CsvSource({"AuditDemoData, moderator", "AuditDemoData, auditor", "ActionPlanDemoData, auditor2",
            "MultiAgencyDemoData, police"})
    void a_loader_never_names_a_user_of_another_council(String loaderName, String moved) {
        jdbc.update("UPDATE app_user_council SET council_id = ? WHERE council_id = 1 AND user_id ="
                + " (SELECT id FROM app_user WHERE username = ?)", otherCouncil, moved);
        long cyclesBefore = count("audit_cycle");
        long actionsBefore = count("action_item");

        assertThatThrownBy(() -> loader(loaderName).load()).isInstanceOf(IllegalStateException.class)
                .hasMessage(loaderName + " loads council 1 but names demo users who are not its members: " + moved
                        + " (add them to council 1, or name users of that council)");
        org.assertj.core.api.Assertions.assertThat(count("audit_cycle")).as("nothing loaded").isEqualTo(cyclesBefore);
        org.assertj.core.api.Assertions.assertThat(count("action_item")).as("nothing loaded")
                .isEqualTo(actionsBefore);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE council_id = 1", Long.class);
    }
}
