package org.caseaudit.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.caseaudit.IntegrationTest;
import org.caseaudit.security.Role;
import org.caseaudit.security.UserSummary;
import org.caseaudit.shared.council.CurrentCouncil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class UsersViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private void fillNewUser(String username, String password) {
        test($(Button.class).id("new-user")).click();
        test($(TextField.class).id("user-username")).setValue(username);
        test($(TextField.class).id("user-full-name")).setValue("Priya Shah");
        test((com.vaadin.flow.component.combobox.ComboBox<String>) $(com.vaadin.flow.component.combobox.ComboBox.class)
                .id("user-team")).selectItem("Assessment Team South");
        $(CheckboxGroup.class).id("user-roles").setValue(Set.of(Role.AUDITOR));
        test($(PasswordField.class).id("user-password")).setValue(password);
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_creates_an_auditor_who_then_appears_in_the_list() {
        navigate(UsersView.class);
        fillNewUser("pshah", "a long enough passphrase");
        test($(Button.class).id("save-user")).click();

        Grid<UserSummary> grid = $(Grid.class).id("users-grid");
        // the administrator's council's people (council 1), not every council's
        assertThat(test(grid).size()).isEqualTo(jdbc.queryForObject(
                "select count(distinct user_id) from app_user_council where council_id = ?", Integer.class,
                CurrentCouncil.INSTALLATION_COUNCIL));
        assertThat(jdbc.queryForObject("select team from app_user where username = 'pshah'", String.class))
                .isEqualTo("Assessment Team South");
        assertThat(jdbc.queryForList("select r.role from app_user_role r join app_user u on u.id = r.user_id "
                + "where u.username = 'pshah'", String.class)).containsExactly("AUDITOR");
        assertThat(jdbc.queryForObject("select password_change_required from app_user where username = 'pshah'",
                Boolean.class)).as("the administrator chose the password: the user replaces it first").isTrue();
    }

    @Test
    void a_short_password_is_shown_on_the_field_and_nothing_is_saved() {
        navigate(UsersView.class);
        fillNewUser("tooshort", "short");
        test($(Button.class).id("save-user")).click();

        PasswordField password = $(PasswordField.class).id("user-password");
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("at least 12 characters");
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'tooshort'",
                Integer.class)).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void resetting_a_password_shows_the_new_one_once() {
        navigate(UsersView.class);
        Grid<UserSummary> grid = $(Grid.class).id("users-grid");
        var rows = test(grid);
        int row = 0;
        while (!rows.getRow(row).username().equals("auditor3")) {
            row++;
        }
        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) rows.getCellComponent(row, "actions");
        Button reset = actions.getChildren().map(Button.class::cast)
                .filter(b -> "reset-auditor3".equals(b.getId().orElse(""))).findFirst().orElseThrow();
        test(reset).click();
        String shown = $(Span.class).id("new-password").getText();
        assertThat(shown).matches("[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'USER_PASSWORD_RESET' "
                + "and target_id = 'auditor3'", Integer.class)).isPositive();
    }
}
