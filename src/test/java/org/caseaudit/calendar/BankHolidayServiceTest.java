package org.caseaudit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.caseaudit.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The versioned holiday table on MariaDB. Tests share one database, so they work relative to the newest version. */
@IntegrationTest
class BankHolidayServiceTest {

    @Autowired
    BankHolidayService service;
    @Autowired
    WorkingDayService workingDays;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void version_1_is_seeded_from_the_bundled_gov_uk_file() {
        CalendarVersionInfo first = service.versions().getLast();

        assertThat(first.version()).isEqualTo(1);
        assertThat(first.changeType()).isEqualTo(CalendarChangeType.SEED);
        assertThat(first.createdBy()).isEqualTo("system");
        assertThat(first.description()).contains("Open Government Licence");
        assertThat(service.holidays(1)).hasSize(75)
                .extracting(BankHoliday::date).contains(LocalDate.of(2020, 12, 28), LocalDate.of(2022, 9, 19));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void loading_a_file_makes_a_new_version_and_leaves_the_old_one_unchanged() {
        long base = newest();
        List<BankHoliday> before = service.holidays(base);
        assertThat(workingDays.addWorkingDays(LocalDate.of(2029, 12, 21), 1).fallbackUsed()).isTrue();

        CalendarChangeResult result = service.loadGovUkFile(base, "bank-holidays-2029.json", file2029());

        assertThat(result.created()).isTrue();
        assertThat(result.version().version()).isEqualTo(base + 1);
        assertThat(result.version().changeType()).isEqualTo(CalendarChangeType.FILE_LOAD);
        assertThat(result.version().createdBy()).isEqualTo("admin");
        assertThat(result.summary()).contains("bank-holidays-2029.json").contains("8 dates added");
        assertThat(service.holidays(base)).isEqualTo(before);
        assertThat(service.holidays(base + 1)).hasSize(before.size() + 8).containsAll(before);
        WorkingDaysResult computed = workingDays.addWorkingDays(LocalDate.of(2029, 12, 21), 1);
        assertThat(computed.calendarVersion()).isEqualTo(base + 1);
        assertThat(computed.fallbackUsed()).isFalse();
        assertThat(computed.end()).isEqualTo(LocalDate.of(2029, 12, 24));
        assertThat(auditEvents(base + 1)).isEqualTo(1);

        CalendarChangeResult again = service.loadGovUkFile(base + 1, "bank-holidays-2029.json", file2029());
        assertThat(again.created()).isFalse();
        assertThat(newest()).isEqualTo(base + 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            huge exponent for bunting | {"title": "Bunting", "date": "2026-05-25", "bunting": 1e999999999} | field "bunting" must be true or false, not a number
            bunting as text           | {"title": "Bunting", "date": "2026-05-25", "bunting": "yes"}       | field "bunting" must be true or false, not text
            date as a number          | {"title": "Number", "date": 20260525}                              | field "date" must be text in the form yyyy-MM-dd, not a number
            date as a list            | {"title": "List", "date": ["2026-05-25"]}                          | field "date" must be text in the form yyyy-MM-dd, not a list
            title as an object        | {"title": {"en": "x"}, "date": "2026-05-25"}                       | field "title" must be text, not an object
            notes as a number         | {"title": "Notes", "date": "2026-05-25", "notes": 7}               | field "notes" must be text, not a number
            date before the table     | {"title": "Old", "date": "1752-09-03"}                             | field "date" is 1752-09-03, outside the years
            date far ahead            | {"title": "Far", "date": "+999999999-12-31"}                       | field "date" is +999999999-12-31, outside the years
            an unknown field          | {"title": "Extra", "date": "2026-05-25", "sql": "drop"}            | field "sql" is not part of the GOV.UK format
            a duplicated field        | {"title": "Twice", "date": "2026-05-25", "date": "2026-12-25"}     | Duplicate Object property "date"
            a title turned around     | {"title": "Team \u202egnp.exe", "date": "2026-05-25"}             | field "title" must not contain characters that change the direction of text
            """)
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_hostile_file_is_refused_naming_the_field_and_nothing_is_written(String what, String event, String message) {
        long base = newest();
        int dates = count("calendar_bank_holiday");
        byte[] file = ("{\"england-and-wales\": {\"division\": \"england-and-wales\", \"events\": [" + event + "]}}")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> service.loadGovUkFile(base, "hostile.json", file, true))
                .isInstanceOf(CalendarChangeException.class).hasMessageContaining("hostile.json")
                .hasMessageContaining(message);
        assertThatThrownBy(() -> service.compareGovUkFile(base, "hostile.json", file))
                .isInstanceOf(CalendarChangeException.class).hasMessageContaining(message);
        assertThat(newest()).isEqualTo(base);
        assertThat(count("calendar_bank_holiday")).isEqualTo(dates);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_file_that_removes_dates_is_a_difference_to_confirm_before_it_is_applied() {
        long base = newest();
        List<BankHoliday> before = service.holidays(base);
        long in2026 = before.stream().filter(h -> h.date().getYear() == 2026).count();
        byte[] oneEvent = """
                {"england-and-wales": {"division": "england-and-wales", "events": [
                  {"title": "Christmas Day", "date": "2026-12-25", "notes": "", "bunting": true},
                  {"title": "Extra day", "date": "2026-07-01", "notes": "", "bunting": false}
                ]}}""".getBytes(StandardCharsets.UTF_8);

        CalendarFileDifference difference = service.compareGovUkFile(base, "one-event.json", oneEvent);
        assertThat(difference.removesDates()).isTrue();
        assertThat(difference.removed()).hasSize((int) in2026 - 1).extracting(BankHoliday::date)
                .contains(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 28)).doesNotContain(LocalDate.of(
                2026, 12, 25));
        assertThat(difference.added()).extracting(BankHoliday::date).containsExactly(LocalDate.of(2026, 7, 1));
        assertThat(difference.years()).containsExactly(2026);

        assertThatThrownBy(() -> service.loadGovUkFile(base, "one-event.json", oneEvent))
                .isInstanceOf(CalendarChangeException.class)
                .hasMessageContaining("would remove " + (in2026 - 1) + " date(s)").hasMessageContaining("01/01/2026")
                .hasMessageContaining("Nothing was loaded");
        assertThat(newest()).isEqualTo(base);
        assertThat(service.holidays(base)).isEqualTo(before);

        CalendarChangeResult applied = service.loadGovUkFile(base, "one-event.json", oneEvent, true);
        assertThat(applied.created()).isTrue();
        assertThat(applied.summary()).contains("1 dates added, " + (in2026 - 1) + " removed");
        assertThat(service.holidays(base + 1)).extracting(BankHoliday::date)
                .contains(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 7, 1)).doesNotContain(
                LocalDate.of(2026, 1, 1));
        assertThat(service.holidays(base)).isEqualTo(before);

        // The suite shares the table: put 2026 back as it was (also a removal, confirmed).
        String events = before.stream().filter(h -> h.date().getYear() == 2026)
                .map(h -> "{\"title\": \"" + h.title().replace("\"", "\\\"") + "\", \"date\": \"" + h.date() + "\"}")
                .collect(Collectors.joining(","));
        service.loadGovUkFile(base + 1, "restore-2026.json", ("{\"england-and-wales\": {\"events\": [" + events + "]}}")
                .getBytes(StandardCharsets.UTF_8), true);
        assertThat(service.holidays(base + 2)).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_bad_file_is_refused_with_the_problem_named_and_nothing_is_written() {
        long base = newest();
        int versions = count("calendar_version");
        int dates = count("calendar_bank_holiday");
        byte[] bad = """
                {"england-and-wales": {"division": "england-and-wales", "events": [
                  {"title": "New Year's Day", "date": "2031-01-01"},
                  {"title": "Good Friday", "date": "2031-13-11"},
                  {"title": "", "date": "2031-04-14"}
                ]}}""".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> service.loadGovUkFile(base, "broken.json", bad))
                .isInstanceOf(CalendarChangeException.class)
                .hasMessageContaining("broken.json")
                .hasMessageContaining("event 2 of \"england-and-wales\": field \"date\" is \"2031-13-11\"")
                .hasMessageContaining("event 3 of \"england-and-wales\": field \"title\" is missing")
                .hasMessageContaining("Nothing was loaded");
        assertThatThrownBy(() -> service.loadGovUkFile(base, "notjson.json", "{\"england-and-wales\": [".getBytes(
                StandardCharsets.UTF_8)))
                .isInstanceOf(CalendarChangeException.class).hasMessageContaining("not valid JSON at line 1");
        assertThatThrownBy(() -> service.loadGovUkFile(base, "scotland.json",
                "{\"scotland\": {\"events\": []}}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CalendarChangeException.class).hasMessageContaining("no \"england-and-wales\" division");
        assertThat(count("calendar_version")).isEqualTo(versions);
        assertThat(count("calendar_bank_holiday")).isEqualTo(dates);
        assertThat(newest()).isEqualTo(base);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void add_correct_and_remove_each_make_a_new_version() {
        long base = newest();
        LocalDate extra = LocalDate.of(2026, 6, 15);

        CalendarChangeResult added = service.addHoliday(base, extra, "Test holiday");
        CalendarChangeResult corrected = service.correctHoliday(base + 1, extra, extra.plusDays(1),
                "Test holiday (moved)");
        CalendarChangeResult removed = service.removeHoliday(base + 2, extra.plusDays(1));

        assertThat(List.of(added, corrected, removed)).extracting(r -> r.version().version()).containsExactly(base + 1,
                base + 2, base + 3);
        assertThat(List.of(added, corrected, removed)).extracting(r -> r.version().changeType())
                .containsExactly(CalendarChangeType.ADD, CalendarChangeType.CORRECT, CalendarChangeType.REMOVE);
        assertThat(dates(base + 1)).contains(extra);
        assertThat(dates(base + 2)).contains(extra.plusDays(1)).doesNotContain(extra);
        assertThat(dates(base + 3)).isEqualTo(dates(base));
        assertThat(workingDays.isWorkingDay(extra.plusDays(1)).workingDay()).isTrue();
        assertThat(workingDays.calendar(base + 2).isWorkingDay(extra.plusDays(1)).workingDay()).isFalse();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adding_a_date_in_a_year_the_table_lacks_copies_that_years_rule_based_dates_in() {
        long base = newest();

        CalendarChangeResult added = service.addHoliday(base, LocalDate.of(2034, 6, 5), "Hypothetical one-off holiday");

        assertThat(added.summary()).contains("2034 was not in the table, so its 8 rule-based dates were copied in");
        assertThat(dates(base + 1).stream().filter(d -> d.getYear() == 2034)).hasSize(9)
                .contains(LocalDate.of(2034, 4, 7), LocalDate.of(2034, 12, 25));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_change_based_on_an_old_version_or_a_wrong_date_is_refused() {
        long base = newest();
        service.addHoliday(base, LocalDate.of(2026, 7, 1), "Test holiday");

        assertThatThrownBy(() -> service.addHoliday(base, LocalDate.of(2026, 7, 2), "Another"))
                .isInstanceOf(CalendarChangeException.class).hasMessageContaining("changed while you were working")
                .extracting(e -> ((CalendarChangeException) e).field()).isEqualTo("version");
        assertThatThrownBy(() -> service.addHoliday(base + 1, LocalDate.of(2026, 7, 1), "Twice"))
                .isInstanceOf(CalendarChangeException.class).hasMessageContaining("01/07/2026 is already in version");
        assertThatThrownBy(() -> service.removeHoliday(base + 1, LocalDate.of(2026, 7, 3)))
                .isInstanceOf(CalendarChangeException.class).hasMessageContaining("03/07/2026 is not a bank holiday");
        assertThatThrownBy(() -> service.addHoliday(base + 1, LocalDate.of(2026, 7, 6), " "))
                .isInstanceOf(CalendarChangeException.class).hasMessageContaining("Enter the name");
        assertThat(newest()).isEqualTo(base + 1);
        service.removeHoliday(base + 1, LocalDate.of(2026, 7, 1));
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void only_an_administrator_may_change_the_table_but_everyone_signed_in_may_read_and_calculate() {
        long base = newest();

        assertThatThrownBy(() -> service.addHoliday(base, LocalDate.of(2026, 7, 7), "Not allowed"))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.loadGovUkFile(base, "x.json", file2029()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(service.versions()).isNotEmpty();
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 3, 3), 15).end()).isEqualTo(LocalDate.of(2026, 3, 24));
    }

    private long newest() {
        return service.newestVersion().orElseThrow().version();
    }

    private List<LocalDate> dates(long version) {
        return service.holidays(version).stream().map(BankHoliday::date).collect(Collectors.toList());
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private int auditEvents(long version) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'CALENDAR_VERSION_CREATED' and target_id = ?",
                Integer.class, String.valueOf(version));
    }

    /** A GOV.UK-format file with 2029 only (hand-computed: Easter Sunday 1 April 2029). */
    static byte[] file2029() {
        return """
                {"england-and-wales": {"division": "england-and-wales", "events": [
                  {"title": "New Year’s Day", "date": "2029-01-01", "notes": "", "bunting": true},
                  {"title": "Good Friday", "date": "2029-03-30", "notes": "", "bunting": false},
                  {"title": "Easter Monday", "date": "2029-04-02", "notes": "", "bunting": true},
                  {"title": "Early May bank holiday", "date": "2029-05-07", "notes": "", "bunting": true},
                  {"title": "Spring bank holiday", "date": "2029-05-28", "notes": "", "bunting": true},
                  {"title": "Summer bank holiday", "date": "2029-08-27", "notes": "", "bunting": true},
                  {"title": "Christmas Day", "date": "2029-12-25", "notes": "", "bunting": true},
                  {"title": "Boxing Day", "date": "2029-12-26", "notes": "", "bunting": true}
                ]},
                "scotland": {"division": "scotland", "events": []}}""".getBytes(StandardCharsets.UTF_8);
    }
}
