package org.caseaudit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = TestCalendars.govUk(3);

    // Every row counted by hand on the England and Wales calendar (GOV.UK feed).
    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2020-12-24 |  1 | 2020-12-29 | Christmas Fri, Boxing Day substitute Mon 28th
            2020-12-23 |  2 | 2020-12-29 | Thu 24th is day 1
            2021-12-24 |  1 | 2021-12-29 | both substitute days Mon 27th and Tue 28th
            2021-12-23 |  3 | 2021-12-30 | 24th, 29th, 30th
            2021-12-31 |  1 | 2022-01-04 | New Year substitute Mon 3 Jan 2022
            2022-12-23 |  1 | 2022-12-28 | Boxing Day Mon 26th, Christmas substitute Tue 27th
            2022-12-30 |  1 | 2023-01-03 | New Year substitute Mon 2 Jan 2023
            2022-06-01 |  1 | 2022-06-06 | spring holiday Thu 2 June, Platinum Jubilee Fri 3 June
            2022-05-31 |  2 | 2022-06-06 | 1 June, then 6 June
            2022-09-16 |  1 | 2022-09-20 | State Funeral Mon 19 Sept
            2023-05-05 |  1 | 2023-05-09 | Coronation Mon 8 May
            2023-04-28 |  5 | 2023-05-09 | early May Mon 1st and Coronation Mon 8th
            2024-03-28 |  1 | 2024-04-02 | Easter 2024: Good Friday 29 Mar, Easter Monday 1 Apr
            2025-04-17 |  1 | 2025-04-22 | Easter 2025: 18 and 21 April
            2026-04-02 | 15 | 2026-04-27 | Easter 2026 inside a 15-day ICPC window
            2026-03-07 |  1 | 2026-03-09 | start on a Saturday
            2026-03-08 | 15 | 2026-03-27 | start on a Sunday
            2025-12-25 |  1 | 2025-12-29 | start on Christmas Day, Boxing Day Fri skipped
            2025-04-18 |  1 | 2025-04-22 | start on Good Friday
            2025-12-31 |  1 | 2026-01-02 | year end, New Year's Day Thu
            2019-12-24 |  1 | 2019-12-27 | Christmas Wed, Boxing Day Thu
            2026-03-07 |  0 | 2026-03-07 | day 0 is the start even on a weekend
            2026-03-03 | 15 | 2026-03-24 | the issue's ICPC example
            2026-01-05 | 45 | 2026-03-09 | assessment: 45 working days
            2026-12-24 |  1 | 2026-12-29 | Boxing Day substitute Mon 28 Dec 2026
            2027-12-24 |  1 | 2027-12-29 | both substitute days 27 and 28 Dec 2027
            2020-05-07 |  1 | 2020-05-11 | early May moved to Fri 8 May 2020 (VE day)
            2020-05-01 |  5 | 2020-05-11 | Mon 4 May 2020 was a working day
            2026-05-22 |  1 | 2026-05-26 | spring bank holiday
            2026-08-28 |  1 | 2026-09-01 | summer bank holiday
            2027-03-25 |  1 | 2027-03-30 | Easter 2027
            2024-12-20 | 10 | 2025-01-08 | core group over Christmas and New Year
            2024-12-31 |  1 | 2025-01-02 | year end into New Year's Day Wed
            """)
    void adds_working_days_as_counted_by_hand(LocalDate start, int n, LocalDate expected, String why) {
        WorkingDaysResult result = calendar.addWorkingDays(start, n);

        assertThat(result.end()).as(why).isEqualTo(expected);
        assertThat(result.calendarVersion()).isEqualTo(3);
        assertThat(result.fallbackUsed()).isFalse();
    }

    @ParameterizedTest(name = "{0} to {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-03 | 2026-03-26 |  17
            2020-12-24 | 2020-12-29 |   1
            2021-12-24 | 2022-01-04 |   4
            2022-06-01 | 2022-06-06 |   1
            2026-03-07 | 2026-03-08 |   0
            2026-03-04 | 2026-03-04 |   0
            2026-03-26 | 2026-03-03 | -17
            2023-05-05 | 2023-05-09 |   1
            """)
    void counts_working_days_between_two_dates(LocalDate start, LocalDate end, int expected) {
        assertThat(calendar.workingDaysBetween(start, end).workingDays()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} working day: {1}")
    @CsvSource({
            "2020-12-28, false", "2021-12-27, false", "2021-12-28, false", "2022-12-27, false",
            "2022-06-03, false", "2022-09-19, false", "2023-05-08, false", "2025-04-18, false",
            "2025-04-21, false", "2026-03-07, false", "2026-03-08, false",
            "2020-05-04, true", "2020-12-29, true", "2026-03-09, true", "2022-12-28, true"})
    void knows_working_days(LocalDate date, boolean working) {
        DayCheck check = calendar.isWorkingDay(date);

        assertThat(check.workingDay()).isEqualTo(working);
        assertThat(check.calendarVersion()).isEqualTo(3);
    }

    @Test
    void names_the_holidays_skipped() {
        WorkingDaysResult result = calendar.addWorkingDays(LocalDate.of(2022, 6, 1), 1);

        assertThat(result.holidaysSkipped()).extracting(BankHoliday::date)
                .containsExactly(LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3));
        assertThat(result.holidaysSkipped().get(1).title()).contains("Jubilee");
    }

    @Test
    void holidays_on_a_weekend_are_not_listed_as_skipped() {
        // 26 Dec 2020 was a Saturday; its substitute day is Monday 28th.
        WorkingDaysResult result = calendar.workingDaysBetween(LocalDate.of(2020, 12, 24), LocalDate.of(2020, 12, 29));

        assertThat(result.holidaysSkipped()).extracting(BankHoliday::date)
                .containsExactly(LocalDate.of(2020, 12, 25), LocalDate.of(2020, 12, 28));
    }

    @Test
    void a_year_outside_the_table_uses_the_rules_and_says_so() {
        // 27, 28 Dec 2027 from the table; 1 Jan 2028 is a Saturday, so Monday 3 Jan 2028 by rule.
        WorkingDaysResult result = calendar.addWorkingDays(LocalDate.of(2027, 12, 24), 5);

        assertThat(result.end()).isEqualTo(LocalDate.of(2028, 1, 5));
        assertThat(result.fallbackUsed()).isTrue();
        assertThat(result.stamp().fallbackYears()).containsExactly(2028);
        assertThat(result.stamp().describe()).isEqualTo("calendar version 3 (rule-based holidays for 2028)");
    }

    @Test
    void the_table_wins_over_the_rules_for_a_year_it_covers() {
        // A table that (wrongly) has only one 2026 date: the table is still the source for 2026.
        WorkingDayCalendar partial = new WorkingDayCalendar(7,
                java.util.List.of(new BankHoliday(LocalDate.of(2026, 1, 1), "New Year's Day")),
                new EnglandAndWalesHolidayRules());

        assertThat(partial.isWorkingDay(LocalDate.of(2026, 4, 3)).workingDay()).isTrue();
        assertThat(partial.isWorkingDay(LocalDate.of(2026, 4, 3)).fallbackUsed()).isFalse();
        assertThat(partial.isWorkingDay(LocalDate.of(2025, 4, 18)).workingDay()).isFalse();
        assertThat(partial.isWorkingDay(LocalDate.of(2025, 4, 18)).fallbackUsed()).isTrue();
    }

    @Test
    void rejects_negative_working_days_and_absurd_years() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 1, 5), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(202, 1, 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the years");
    }

    @Test
    void a_start_on_a_weekend_counts_from_the_start_as_day_zero() {
        LocalDate saturday = LocalDate.of(2026, 3, 7);
        assertThat(saturday.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);

        assertThat(calendar.addWorkingDays(saturday, 1).end()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(calendar.workingDaysBetween(saturday, LocalDate.of(2026, 3, 9)).workingDays()).isEqualTo(1);
    }
}
