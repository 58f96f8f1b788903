package org.caseaudit.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * England and Wales bank holidays by rule (jollyday's "gb/eng" calendar): New Year's Day, Good Friday,
 * Easter Monday, early May, spring and summer bank holidays, Christmas Day and Boxing Day, with the Monday
 * (or Tuesday) substitute days when these fall at a weekend. One-off holidays announced later are not known
 * to any rule, which is why results computed with this are flagged.
 */
public final class EnglandAndWalesHolidayRules implements HolidayRules {

    private final HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(
            HolidayCalendar.UNITED_KINGDOM));

    @Override
    public List<BankHoliday> holidaysIn(int year) {
        Map<LocalDate, String> byDate = new TreeMap<>();
        for (Holiday holiday : manager.getHolidays(Year.of(year), "eng")) {
            LocalDate date = holiday.getObservedDate().orElse(holiday.getDate());
            String title = holiday.getDescription(Locale.UK);
            if (!date.equals(holiday.getActualDate())) {
                title += " (substitute day)";
            }
            byDate.merge(date, title, (a, b) -> a + "; " + b);
        }
        return byDate.entrySet().stream()
                .filter(e -> e.getKey().getYear() == year)
                .map(e -> new BankHoliday(e.getKey(), e.getValue()))
                .toList();
    }
}
