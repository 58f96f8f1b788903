package org.caseaudit.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.caseaudit.IntegrationTest;
import org.caseaudit.security.Team;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class TeamsViewTest extends SpringBrowserlessTest {

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_adds_a_team_with_aliases_and_a_clashing_alias_is_refused_on_its_field() {
        navigate(TeamsView.class);
        Grid<Team> grid = $(Grid.class).id("teams-grid");
        int before = test(grid).size();
        assertThat(before).isPositive();

        test($(Button.class).id("new-team")).click();
        test($(TextField.class).id("team-name")).setValue("Assessment Team Central");
        test($(TextArea.class).id("team-aliases")).setValue("Central Assessment Team\nMASH");
        test($(Button.class).id("save-team")).click();
        assertThat($(TextArea.class).id("team-aliases").isInvalid()).isTrue();
        assertThat($(TextArea.class).id("team-aliases").getErrorMessage()).isEqualTo("'MASH' already names MASH");

        test($(TextArea.class).id("team-aliases")).setValue("Central Assessment Team");
        test($(Button.class).id("save-team")).click();
        grid = $(Grid.class).id("teams-grid");
        assertThat(test(grid).size()).isEqualTo(before + 1);
        boolean found = false;
        for (int i = 0; i < test(grid).size(); i++) {
            Team t = test(grid).getRow(i);
            if (t.name().equals("Assessment Team Central")) {
                assertThat(t.aliases()).containsExactly("Central Assessment Team");
                assertThat(t.active()).isTrue();
                found = true;
            }
        }
        assertThat(found).isTrue();
    }
}
