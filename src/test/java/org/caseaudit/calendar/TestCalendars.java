package org.caseaudit.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.caseaudit.calendar.internal.GovUkHolidayFile;

/** The calendar the application seeds as version 1, built without a database. */
final class TestCalendars {

    private static final List<BankHoliday> GOV_UK = load();

    private TestCalendars() {
    }

    static List<BankHoliday> govUkHolidays() {
        return GOV_UK;
    }

    static WorkingDayCalendar govUk(long version) {
        return new WorkingDayCalendar(version, GOV_UK, new EnglandAndWalesHolidayRules());
    }

    private static List<BankHoliday> load() {
        try (InputStream in = TestCalendars.class.getResourceAsStream("/calendar/uk-bank-holidays.json")) {
            return GovUkHolidayFile.parse("uk-bank-holidays.json", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
