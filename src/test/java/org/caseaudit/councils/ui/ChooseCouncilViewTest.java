package org.caseaudit.councils.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import org.caseaudit.IntegrationTest;
import org.caseaudit.councils.CouncilService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** A user in two councils chooses one at sign-in; the choice holds for the session (decision 0013). */
@IntegrationTest
@WithMockUser(username = "two-council-user", roles = "AUDIT_LEAD")
class ChooseCouncilViewTest extends SpringBrowserlessTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired CouncilService councils;

    private long second;

    @BeforeEach
    void a_user_in_council_1_and_a_second_council() {
        jdbc.update("INSERT IGNORE INTO council (code, name, created_at) VALUES ('CHOOSE-2', 'Second council',"
                + " UTC_TIMESTAMP(6))");
        second = jdbc.queryForObject("SELECT id FROM council WHERE code = 'CHOOSE-2'", Long.class);
        jdbc.update("INSERT IGNORE INTO app_user (username, username_key, full_name, password_hash, created_at)"
                + " VALUES ('two-council-user', 'two-council-user', 'Two Councils', '{noop}x', UTC_TIMESTAMP(6))");
        long user = jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'two-council-user'", Long.class);
        jdbc.update("INSERT IGNORE INTO app_user_council (user_id, council_id) VALUES (?, 1), (?, ?)", user, user,
                second);
    }

    @Test
    void a_user_in_two_councils_is_asked_first_and_then_works_in_the_chosen_one() {
        assertThat(councils.choiceNeeded()).isTrue();
        assertThat(councils.current().id()).as("before choosing: the first council").isEqualTo(1L);

        navigate(ChooseCouncilView.class);
        // council 1 is "Demo council" (migration V36_1), renamed when demo data loaded into the same database
        String first = jdbc.queryForObject("SELECT name FROM council WHERE id = 1", String.class);
        assertThat($(Button.class).all()).extracting(Button::getText).contains(first, "Second council");
        test($(Button.class).id("council-CHOOSE-2")).click();

        assertThat(councils.choiceNeeded()).isFalse();
        assertThat(councils.current().id()).isEqualTo(second);
    }
}
