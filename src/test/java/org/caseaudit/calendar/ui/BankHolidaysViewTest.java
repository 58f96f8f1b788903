package org.caseaudit.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.caseaudit.IntegrationTest;
import org.caseaudit.calendar.BankHoliday;
import org.caseaudit.calendar.CalendarVersionInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class BankHolidaysViewTest extends SpringBrowserlessTest {

    private static final byte[] FILE_2031 = """
            {"england-and-wales": {"division": "england-and-wales", "events": [
              {"title": "New Year’s Day", "date": "2031-01-01"},
              {"title": "Good Friday", "date": "2031-04-11"},
              {"title": "Easter Monday", "date": "2031-04-14"},
              {"title": "Early May bank holiday", "date": "2031-05-05"},
              {"title": "Spring bank holiday", "date": "2031-05-26"},
              {"title": "Summer bank holiday", "date": "2031-08-25"},
              {"title": "Christmas Day", "date": "2031-12-25"},
              {"title": "Boxing Day", "date": "2031-12-26"}
            ]}}""".getBytes(StandardCharsets.UTF_8);

    @BeforeEach
    void open() {
        navigate(BankHolidaysView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void lists_versions_newest_first_with_the_dates_of_the_newest() {
        Grid<CalendarVersionInfo> versions = $(Grid.class).id("versions-grid");
        Grid<BankHoliday> holidays = $(Grid.class).id("holidays-grid");

        assertThat(test(versions).size()).isPositive();
        assertThat(test(versions).getSelected()).containsExactly(test(versions).getRow(0));
        assertThat(test(holidays).size()).isEqualTo(test(versions).getRow(0).holidayCount());
        assertThat(test(versions).getRow(test(versions).size() - 1).version()).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void uploading_a_gov_uk_file_makes_a_new_version() {
        Grid<CalendarVersionInfo> versions = $(Grid.class).id("versions-grid");
        long before = test(versions).getRow(0).version();

        test($(Upload.class).id("holiday-upload")).upload("bank-holidays.json", "application/json", FILE_2031);

        assertThat(test(versions).getRow(0).version()).isEqualTo(before + 1);
        assertThat($(Div.class).id("upload-message").getText()).startsWith("Calendar version " + (before
                + 1) + " made.")
                .contains("bank-holidays.json");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_bad_file_is_refused_with_the_problem_named_and_no_version_is_made() {
        Grid<CalendarVersionInfo> versions = $(Grid.class).id("versions-grid");
        int before = test(versions).size();

        test($(Upload.class).id("holiday-upload")).upload("holidays.json", "application/json",
                "{\"england-and-wales\": {\"events\": [{\"title\": \"Day\", \"date\": \"31/12/2031\"}]}}".getBytes(
                StandardCharsets.UTF_8));

        assertThat($(Div.class).id("upload-message").getText())
                .isEqualTo(
                "holidays.json: event 1 of \"england-and-wales\": field \"date\" is \"31/12/2031\", not a date in the "
                + "form yyyy-MM-dd. Nothing was loaded.");
        assertThat(test(versions).size()).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_adds_then_removes_a_date_each_as_a_new_version() {
        Grid<CalendarVersionInfo> versions = $(Grid.class).id("versions-grid");
        Grid<BankHoliday> holidays = $(Grid.class).id("holidays-grid");
        long before = test(versions).getRow(0).version();
        LocalDate extra = LocalDate.of(2027, 7, 5);

        test($(Button.class).id("add-holiday")).click();
        test($(DatePicker.class).id("holiday-date")).setValue(extra);
        test($(TextField.class).id("holiday-title")).setValue("View test holiday");
        test($(Button.class).id("save-holiday")).click();

        assertThat(test(versions).getRow(0).version()).isEqualTo(before + 1);
        int row = rowOf(holidays, extra);
        assertThat(row).isNotNegative();

        test(holidays).select(row);
        test($(Button.class).id("remove-holiday")).click();
        test($(Button.class).id("confirm-remove")).click();

        assertThat(test(versions).getRow(0).version()).isEqualTo(before + 2);
        assertThat(rowOf(holidays, extra)).isNegative();
    }

    @Test
    void a_duplicate_date_is_refused_on_the_field() {
        test($(Button.class).id("add-holiday")).click();
        test($(DatePicker.class).id("holiday-date")).setValue(LocalDate.of(2026, 12, 25));
        test($(TextField.class).id("holiday-title")).setValue("Christmas again");
        test($(Button.class).id("save-holiday")).click();

        DatePicker date = $(DatePicker.class).id("holiday-date");
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).contains("25/12/2026 is already in version");
    }

    private int rowOf(Grid<BankHoliday> grid, LocalDate date) {
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).date().equals(date)) {
                return i;
            }
        }
        return -1;
    }
}
