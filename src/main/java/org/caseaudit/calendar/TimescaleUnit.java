package org.caseaudit.calendar;

/** How a timescale is counted. */
public enum TimescaleUnit {
    WORKING_DAYS("working days"),
    /**
     * Calendar months with {@link java.time.LocalDate#plusMonths}: a day that does not exist in the target month
     * becomes that month's last day (31 January + 3 months = 30 April). No move off weekends or holidays.
     */
    CALENDAR_MONTHS("calendar months"),
    /**
     * Clock hours, weekends included. Start dates carry no time, so the clock starts at the end of the start
     * date: 24 hours after a decision on Monday ends at midnight at the end of Tuesday.
     */
    HOURS("hours");

    private final String label;

    TimescaleUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
