package org.caseaudit.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import org.caseaudit.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(username = "auditor", roles = "AUDITOR")
class WorkingDaysViewTest extends SpringBrowserlessTest {

    @BeforeEach
    void open() {
        navigate(WorkingDaysView.class);
    }

    @Test
    void start_date_plus_working_days_shows_the_due_date_and_calendar_version() {
        test($(DatePicker.class).id("add-start")).setValue(LocalDate.of(2026, 3, 3));
        test($(IntegerField.class).id("add-days")).setValue(15);
        test($(Button.class).id("add-calculate")).click();

        assertThat(text("add-result")).isEqualTo("15 working days after Tue 03/03/2026 is Tue 24/03/2026");
        assertThat(text("add-holidays")).isEqualTo("No bank holidays skipped");
        assertThat(text("add-version")).matches("Calendar version \\d+");
    }

    @Test
    void shows_the_holidays_skipped_over_easter() {
        test($(DatePicker.class).id("add-start")).setValue(LocalDate.of(2026, 4, 2));
        test($(IntegerField.class).id("add-days")).setValue(1);
        test($(Button.class).id("add-calculate")).click();

        assertThat(text("add-result")).isEqualTo("1 working day after Thu 02/04/2026 is Tue 07/04/2026");
        assertThat(text("add-holidays")).contains("Good Friday 03/04/2026").contains("Easter Monday 06/04/2026");
    }

    @Test
    void counts_working_days_between_two_dates() {
        test($(DatePicker.class).id("between-start")).setValue(LocalDate.of(2026, 3, 3));
        test($(DatePicker.class).id("between-end")).setValue(LocalDate.of(2026, 3, 26));
        test($(Button.class).id("between-calculate")).click();

        assertThat(text("between-result")).isEqualTo("From Tue 03/03/2026 (day 0) to Thu 26/03/2026: 17 working days");
    }

    @Test
    void says_when_rule_based_holidays_were_used() {
        test($(DatePicker.class).id("add-start")).setValue(LocalDate.of(2035, 12, 24));
        test($(IntegerField.class).id("add-days")).setValue(1);
        test($(Button.class).id("add-calculate")).click();

        assertThat(text("add-result")).endsWith("is Thu 27/12/2035");
        assertThat(text("add-version")).contains("no dates for 2035").contains("rule-based holidays were used");
    }

    @Test
    void a_missing_date_is_marked_on_the_field() {
        test($(Button.class).id("between-calculate")).click();

        assertThat($(DatePicker.class).id("between-start").isInvalid()).isTrue();
        assertThat(text("between-result")).isEmpty();
    }

    private String text(String id) {
        return $(Div.class).id(id).getText();
    }
}
