package org.caseaudit.calendar;

import java.util.List;

/** Bank holidays computed by rule for a year the holiday table does not cover. */
public interface HolidayRules {

    List<BankHoliday> holidaysIn(int year);
}
