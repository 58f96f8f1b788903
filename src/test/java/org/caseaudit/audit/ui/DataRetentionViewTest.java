package org.caseaudit.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import org.caseaudit.IntegrationTest;
import org.caseaudit.audit.CaseDataRetentionService;
import org.caseaudit.audit.RetentionSetting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class DataRetentionViewTest extends SpringBrowserlessTest {

    @Autowired
    CaseDataRetentionService retention;
    @Autowired
    JdbcTemplate jdbc;

    private int months(String name) {
        return retention.settings().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().months();
    }

    @AfterEach
    void restoreDefault() {
        if (months("case_register") != 24) {
            retention.change("case_register", 24);
        }
    }

    @SuppressWarnings("unchecked")
    private void choose(String name) {
        Grid<RetentionSetting> grid = $(Grid.class).id("retention-grid");
        var rows = test(grid);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.getRow(i).name().equals(name)) {
                rows.select(i);
                return;
            }
        }
        throw new AssertionError("no row for " + name);
    }

    @Test
    void an_administrator_sees_the_periods_and_the_next_run_and_changes_the_registers_period() {
        navigate(DataRetentionView.class);
        Grid<RetentionSetting> grid = $(Grid.class).id("retention-grid");
        assertThat(test(grid).size()).isEqualTo(3);
        assertThat($(UnorderedList.class).id("retention-preview").getElement().getTextRecursively())
                .contains("case register rows (last activity before ").contains("earlier versions of answers");
        long changes = jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'RETENTION_SETTING_CHANGED'",
                Long.class);

        choose("case_register");
        assertThat($(IntegerField.class).id("retention-months").getValue()).isEqualTo(24);
        test($(IntegerField.class).id("retention-months")).setValue(30);
        test($(Button.class).id("retention-save")).click();

        assertThat(months("case_register")).isEqualTo(30);
        assertThat(jdbc.queryForObject(
                "SELECT detail FROM audit_event WHERE action = 'RETENTION_SETTING_CHANGED' ORDER BY"
                + " id DESC LIMIT 1", String.class)).endsWith("24 -> 30 months");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'RETENTION_SETTING_CHANGED'",
                Long.class)).isEqualTo(changes + 1);
    }

    @Test
    void a_period_under_twelve_months_is_refused_and_the_trails_period_cannot_be_chosen() {
        navigate(DataRetentionView.class);
        choose("audit_trail");
        assertThat($(IntegerField.class).id("retention-months").getValue()).as(
                "the trail's is not editable here").isNull();
        assertThatThrownBy(() -> retention.change("case_register", 6)).hasMessageContaining("between 12 and 1200");
        assertThatThrownBy(() -> retention.change("audit_trail", 120)).hasMessageContaining("set by the deployment");
        assertThat(months("case_register")).isEqualTo(24);
    }
}
