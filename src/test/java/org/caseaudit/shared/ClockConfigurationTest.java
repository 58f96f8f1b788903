package org.caseaudit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The fixed clock of the test profile and the time-travel runs: what each way of writing the moment means. */
class ClockConfigurationTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @ParameterizedTest(name = "{0} is {1}, day {2} in London")
    @CsvSource({
            // an instant with its offset is taken as written
            "2026-11-20T10:00:00Z,      2026-11-20T10:00:00Z, 2026-11-20",
            "2026-12-31T23:30:00Z,      2026-12-31T23:30:00Z, 2026-12-31",
            "2027-01-01T00:00:00Z,      2027-01-01T00:00:00Z, 2027-01-01",
            // summer time: 23:30 UTC on 30 June is already 1 July in London
            "2026-06-30T23:30:00Z,      2026-06-30T23:30:00Z, 2026-07-01",
            "2026-06-30T23:30:00+01:00, 2026-06-30T22:30:00Z, 2026-06-30",
            // a local date-time is in the organisation's zone
            "2026-12-31T23:30,          2026-12-31T23:30:00Z, 2026-12-31",
            "2026-07-01T00:30,          2026-06-30T23:30:00Z, 2026-07-01",
            // 01:30 on the last Sunday of March does not exist in London: moved on by the hour the clocks skip
            "2027-03-28T01:30,          2027-03-28T01:30:00Z, 2027-03-28",
            "2027-03-28T00:30,          2027-03-28T00:30:00Z, 2027-03-28",
            // 01:30 on the last Sunday of October happens twice: the earlier (summer time) one
            "2026-10-25T01:30,          2026-10-25T00:30:00Z, 2026-10-25",
            "2028-02-29T12:00,          2028-02-29T12:00:00Z, 2028-02-29",
    })
    void a_fixed_moment_is_read_as_an_instant_or_as_local_time_in_the_zone(String text, Instant expected,
                                                                            LocalDate londonDay) {
        Clock clock = new ClockConfiguration().clock("Europe/London", text);

        assertThat(clock.instant()).isEqualTo(expected);
        assertThat(clock.getZone()).isEqualTo(LONDON);
        assertThat(LocalDate.now(clock)).isEqualTo(londonDay);
    }

    @Test
    void without_a_fixed_moment_the_clock_is_the_systems_in_the_organisations_zone() throws Exception {
        Clock clock = new ClockConfiguration().clock("Europe/London", "");

        Instant first = clock.instant();
        Thread.sleep(5);
        assertThat(clock.instant()).isAfter(first);
        assertThat(clock.getZone()).isEqualTo(LONDON);
    }

    @Test
    void a_moment_that_is_neither_form_is_refused_naming_the_setting_and_the_forms() {
        assertThatThrownBy(() -> new ClockConfiguration().clock("Europe/London", "next Tuesday"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("caseaudit.clock.fixed").hasMessageContaining("next Tuesday")
                .hasMessageContaining("2026-11-20T10:00:00Z");
    }
}
