package org.caseaudit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.caseaudit.IntegrationTest;
import org.caseaudit.calendar.BankHoliday;
import org.caseaudit.calendar.BankHolidayService;
import org.caseaudit.calendar.WorkingDayService;
import org.caseaudit.calendar.WorkingDaysResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The application runs on the clock the test profile (or a time-travel run, {@code -Dcaseaudit.clock.fixed=...})
 * sets, and what depends on "today" follows it: working days past the bank-holiday table are counted with the
 * rule-based holidays, flagged as such. (That the demo year ends the month before the clock's month:
 * {@code AuditDemoYearTest}, which has the demo data.)
 */
@IntegrationTest
@Tag("clock")
class TimeTravelTest {

    @Autowired Clock clock;
    @Autowired BankHolidayService holidays;
    @Autowired WorkingDayService workingDays;
    @Value("${caseaudit.clock.fixed}") String fixed;

    @Test
    void the_application_clock_is_the_configured_moment_in_the_organisations_zone() {
        assertThat(clock.instant()).isEqualTo(ClockConfiguration.fixedInstant(fixed, ZoneId.of("Europe/London")));
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/London"));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void working_days_from_today_use_rule_based_holidays_exactly_when_the_table_ends_before_them() {
        long version = holidays.newestVersion().orElseThrow().version();
        int lastTableYear = holidays.holidays(version).stream().map(BankHoliday::date).mapToInt(LocalDate::getYear)
                .max().orElseThrow();
        LocalDate today = LocalDate.now(clock);

        WorkingDaysResult result = workingDays.addWorkingDays(today, 15);

        assertThat(result.workingDays()).isEqualTo(15);
        assertThat(result.end()).isAfter(today.plusDays(14));
        assertThat(result.fallbackUsed()).as("rule-based holidays for %s, table ends %d", result.stamp().describe(),
                lastTableYear).isEqualTo(result.end().getYear() > lastTableYear);
        assertThat(result.end().getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
    }
}
