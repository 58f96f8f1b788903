/**
 * Working days in England and Wales and the statutory timescales computed from a case's dates.
 *
 * <p>Public API: {@link org.caseaudit.calendar.WorkingDayService} (calculator, current calendar),
 * {@link org.caseaudit.calendar.TimescaleService} ({@code evaluate(CaseDates, today)}, settings),
 * {@link org.caseaudit.calendar.BankHolidayService} (the versioned holiday table). The rules themselves are pure
 * code: {@link org.caseaudit.calendar.WorkingDayCalendar} and {@link org.caseaudit.calendar.TimescaleEvaluator}.
 *
 * <p>Decisions, so they are stated once:
 * <ul>
 * <li>Day 0 is the start date; "within N working days" means on or before {@code addWorkingDays(start, N)}. A start
 * on a weekend or holiday is still day 0.</li>
 * <li>The holiday table is the source of truth for every year in which it holds at least one date; other years use
 * rule-based holidays (jollyday, England) and every result names those years in its {@code CalendarStamp}.</li>
 * <li>Each change to the table writes a complete new version; the newest is used; old versions stay readable so a
 * result can be recomputed with the version it names. Version 1 is seeded at start-up by application code
 * ({@code HolidayTableSeeder}) from the bundled GOV.UK file (Open Government Licence v3.0) when the table is
 * empty.</li>
 * <li>"3 months" is {@code LocalDate.plusMonths}: 31 January + 3 months = 30 April; no move off weekends.</li>
 * <li>A rule in hours starts at the end of the start date (dates carry no time): 24 hours after a decision on
 * Monday ends at midnight at the end of Tuesday.</li>
 * </ul>
 */
package org.caseaudit.calendar;
