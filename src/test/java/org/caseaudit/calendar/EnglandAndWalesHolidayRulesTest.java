package org.caseaudit.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EnglandAndWalesHolidayRulesTest {

    private final EnglandAndWalesHolidayRules rules = new EnglandAndWalesHolidayRules();

    // Hand-computed: Easter Sunday 2030-04-21, 2031-04-13, 2032-03-28, 2033-04-17.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2030 | 2030-01-01 2030-04-19 2030-04-22 2030-05-06 2030-05-27 2030-08-26 2030-12-25 2030-12-26
            2031 | 2031-01-01 2031-04-11 2031-04-14 2031-05-05 2031-05-26 2031-08-25 2031-12-25 2031-12-26
            2032 | 2032-01-01 2032-03-26 2032-03-29 2032-05-03 2032-05-31 2032-08-30 2032-12-27 2032-12-28
            2033 | 2033-01-03 2033-04-15 2033-04-18 2033-05-02 2033-05-30 2033-08-29 2033-12-26 2033-12-27
            2028 | 2028-01-03 2028-04-14 2028-04-17 2028-05-01 2028-05-29 2028-08-28 2028-12-25 2028-12-26
            """)
    void computes_england_and_wales_holidays_with_substitute_days(int year, String expected) {
        List<LocalDate> dates = Arrays.stream(expected.split(" ")).map(LocalDate::parse).toList();

        assertThat(rules.holidaysIn(year)).extracting(BankHoliday::date).containsExactlyElementsOf(dates);
    }

    @ParameterizedTest
    @ValueSource(ints = {2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027})
    void agrees_with_the_gov_uk_feed_for_every_year_it_covers(int year) {
        List<LocalDate> feed = TestCalendars.govUkHolidays().stream()
                .map(BankHoliday::date).filter(d -> d.getYear() == year).toList();

        assertThat(rules.holidaysIn(year)).extracting(BankHoliday::date).containsExactlyElementsOf(feed);
    }

    @ParameterizedTest
    @CsvSource({"2032-12-27, substitute", "2030-04-19, Good Friday"})
    void names_holidays_and_marks_substitute_days(LocalDate date, String text) {
        assertThat(rules.holidaysIn(date.getYear())).filteredOn(h -> h.date().equals(date))
                .singleElement().extracting(BankHoliday::title).asString().contains(text);
    }
}
