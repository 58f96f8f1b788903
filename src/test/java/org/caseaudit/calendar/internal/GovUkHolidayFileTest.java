package org.caseaudit.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.caseaudit.calendar.BankHoliday;
import org.caseaudit.calendar.HolidayFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GovUkHolidayFileTest {

    @Test
    void reads_only_the_england_and_wales_division_of_the_bundled_feed() throws IOException {
        byte[] content;
        try (InputStream in = getClass().getResourceAsStream("/calendar/uk-bank-holidays.json")) {
            content = in.readAllBytes();
        }

        List<BankHoliday> holidays = GovUkHolidayFile.parse("uk-bank-holidays.json", content);

        assertThat(holidays).hasSize(75);
        assertThat(holidays.getFirst()).isEqualTo(new BankHoliday(LocalDate.of(2019, 1, 1), "New Year’s Day"));
        assertThat(holidays).extracting(BankHoliday::date)
                .doesNotContain(LocalDate.of(2019, 1, 2), LocalDate.of(2019, 3, 18)) // Scotland, Northern Ireland only
                .isSorted();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty file              | ''                                                                    | f.json: the file is empty
            not an object           | '[1, 2]'                                                              | expected a JSON object
            no events list          | '{"england-and-wales": {"division": "england-and-wales"}}'            | has no "events" list
            empty events            | '{"england-and-wales": {"events": []}}'                               | "events" is empty
            event not an object     | '{"england-and-wales": {"events": ["2026-01-01"]}}'                   | event 1 of "england-and-wales": not an object
            date missing            | '{"england-and-wales": {"events": [{"title": "X"}]}}'                 | event 1 of "england-and-wales": field "date" is missing
            duplicate date          | '{"england-and-wales": {"events": [{"title": "A", "date": "2030-01-01"}, {"title": "B", "date": "2030-01-01"}]}}' | event 2 of "england-and-wales": date 2030-01-01 is already given by event 1
            year out of range       | '{"england-and-wales": {"events": [{"title": "A", "date": "1066-10-14"}]}}' | outside the years 1975-2199
            """)
    void refuses_a_bad_file_naming_the_problem(String why, String json, String message) {
        assertThatThrownBy(() -> GovUkHolidayFile.parse("f.json", json.getBytes(StandardCharsets.UTF_8)))
                .as(why).isInstanceOf(HolidayFileException.class).hasMessageContaining(message);
    }

    @Test
    void refuses_a_file_far_larger_than_the_feed() {
        byte[] huge = new byte[GovUkHolidayFile.MAX_BYTES + 1];

        assertThatThrownBy(() -> GovUkHolidayFile.parse("huge.json", huge)).hasMessageContaining(
                "huge.json: the file is");
    }
}
