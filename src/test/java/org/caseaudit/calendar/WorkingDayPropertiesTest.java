package org.caseaudit.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Property-style checks over random (seeded, so repeatable) dates from 2019 to 2030. */
class WorkingDayPropertiesTest {

    private static final long SEED = 20261121L;
    private static final int SAMPLES = 3000;
    private static final LocalDate FIRST = LocalDate.of(2019, 1, 1);
    private static final int SPAN_DAYS = (int) (LocalDate.of(2030, 12, 31).toEpochDay() - FIRST.toEpochDay());

    private final WorkingDayCalendar calendar = TestCalendars.govUk(1);
    private final Set<LocalDate> knownHolidays = knownHolidays();

    @Test
    void adding_n_working_days_then_counting_back_gives_n() {
        Random random = new Random(SEED);
        for (int i = 0; i < SAMPLES; i++) {
            LocalDate start = FIRST.plusDays(random.nextInt(SPAN_DAYS + 1));
            int n = random.nextInt(80);

            LocalDate end = calendar.addWorkingDays(start, n).end();

            assertThat(calendar.workingDaysBetween(start, end).workingDays()).as("%s + %d = %s", start, n,
                    end).isEqualTo(n);
            assertThat(calendar.workingDaysBetween(end, start).workingDays()).isEqualTo(-n);
        }
    }

    @Test
    void the_counted_working_days_equal_the_walked_ones_both_ways() {
        Random random = new Random(SEED + 7);
        for (int i = 0; i < SAMPLES; i++) {
            LocalDate start = FIRST.plusDays(random.nextInt(SPAN_DAYS + 1));
            LocalDate end = FIRST.plusDays(random.nextInt(SPAN_DAYS + 1));
            int walked = calendar.workingDaysBetween(start, end).workingDays();

            assertThat(calendar.workingDayCount(start, end)).as("%s to %s", start, end).isEqualTo(walked);
            assertThat(calendar.workingDayCount(end, start)).as("%s to %s", end, start).isEqualTo(-walked);
            // short spans too: the same day, a day, a week around each date
            for (int d = 0; d <= 8; d++) {
                LocalDate near = start.plusDays(d);
                assertThat(calendar.workingDayCount(start, near)).as("%s to %s", start, near)
                        .isEqualTo(calendar.workingDaysBetween(start, near).workingDays());
            }
        }
    }

    @Test
    void no_result_lands_on_a_weekend_or_a_holiday() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < SAMPLES; i++) {
            LocalDate start = FIRST.plusDays(random.nextInt(SPAN_DAYS + 1));
            int n = 1 + random.nextInt(80);

            LocalDate end = calendar.addWorkingDays(start, n).end();

            assertThat(end.getDayOfWeek()).as("%s + %d", start, n).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(knownHolidays).as("%s + %d", start, n).doesNotContain(end);
            assertThat(calendar.isWorkingDay(end).workingDay()).isTrue();
        }
    }

    @Test
    void one_more_working_day_is_the_next_working_day() {
        Random random = new Random(SEED + 2);
        for (int i = 0; i < SAMPLES; i++) {
            LocalDate start = FIRST.plusDays(random.nextInt(SPAN_DAYS + 1));
            int n = random.nextInt(60);

            LocalDate end = calendar.addWorkingDays(start, n).end();
            LocalDate next = calendar.addWorkingDays(start, n + 1).end();

            assertThat(next).isAfter(end);
            for (LocalDate d = end.plusDays(1); d.isBefore(next); d = d.plusDays(1)) {
                assertThat(calendar.isWorkingDay(d).workingDay()).as("%s lies between %s and %s", d, end,
                        next).isFalse();
            }
        }
    }

    @Test
    void results_within_the_table_years_never_claim_the_fallback() {
        Random random = new Random(SEED + 3);
        LocalDate lastStart = LocalDate.of(2027, 9, 30);
        int span = (int) (lastStart.toEpochDay() - FIRST.toEpochDay());
        for (int i = 0; i < SAMPLES; i++) {
            LocalDate start = FIRST.plusDays(random.nextInt(span + 1));

            assertThat(calendar.addWorkingDays(start, 45).fallbackUsed()).as("%s", start).isFalse();
        }
    }

    private static Set<LocalDate> knownHolidays() {
        Set<LocalDate> dates = TestCalendars.govUkHolidays().stream().map(BankHoliday::date).collect(
                Collectors.toSet());
        EnglandAndWalesHolidayRules rules = new EnglandAndWalesHolidayRules();
        for (int year = 2028; year <= 2031; year++) {
            rules.holidaysIn(year).forEach(h -> dates.add(h.date()));
        }
        return dates;
    }
}
