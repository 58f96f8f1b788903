package org.caseaudit.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days in England and Wales: Monday to Friday except bank holidays. Immutable and thread-safe; one
 * instance per holiday-table version.
 *
 * <p>Counting rule: day 0 is the start date and counting goes forward over working days only, so
 * "within 15 working days" means on or before {@code addWorkingDays(start, 15)}. A start on a weekend or
 * holiday is still day 0: Saturday + 1 working day is the next working day (normally Monday).
 *
 * <p>A year is taken from the holiday table when the table holds at least one date in it; otherwise the
 * rule-based holidays are used for that year and the result's {@link CalendarStamp} names the year.
 */
public final class WorkingDayCalendar {

    /** Longest span worked on, so that a mistyped year cannot make a request spin. */
    public static final int MAX_WORKING_DAYS = 10_000;
    /** New Year's Day has been a bank holiday in England and Wales since 1974; earlier years are not modelled. */
    public static final int MIN_YEAR = 1975;
    public static final int MAX_YEAR = 2199;

    private final long version;
    private final NavigableMap<LocalDate, BankHoliday> table;
    /** The same holidays as {@link #table}, by date. */
    private final Map<LocalDate, BankHoliday> tableByDate;
    private final Set<Integer> tableYears;
    private final HolidayRules fallback;
    private final Map<Integer, Map<LocalDate, BankHoliday>> fallbackByYear = new ConcurrentHashMap<>();

    public WorkingDayCalendar(long version, Collection<BankHoliday> tableHolidays, HolidayRules fallback) {
        this.version = version;
        TreeMap<LocalDate, BankHoliday> map = new TreeMap<>();
        for (BankHoliday holiday : tableHolidays) {
            if (map.putIfAbsent(holiday.date(), holiday) != null) {
                throw new IllegalArgumentException("Holiday " + holiday.date() + " is listed twice");
            }
        }
        this.table = Collections.unmodifiableNavigableMap(map);
        this.tableByDate = Map.copyOf(map);
        this.tableYears = Set.copyOf(map.keySet().stream().map(LocalDate::getYear).toList());
        this.fallback = fallback;
    }

    public long version() {
        return version;
    }

    /** Years the holiday table covers (has at least one date in). */
    public SortedSet<Integer> tableYears() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(tableYears));
    }

    public DayCheck isWorkingDay(LocalDate date) {
        checkYear(date);
        Optional<BankHoliday> holiday = holidayOn(date);
        boolean working = !isWeekend(date) && holiday.isEmpty();
        return new DayCheck(date, working, holiday, stamp(date, date));
    }

    /** The date {@code n} working days after {@code start} (day 0); {@code n} must not be negative. */
    public WorkingDaysResult addWorkingDays(LocalDate start, int n) {
        if (n < 0 || n > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("Number of working days must be between 0 and " + MAX_WORKING_DAYS
                    + ", was " + n);
        }
        checkYear(start);
        LocalDate day = start;
        int counted = 0;
        List<BankHoliday> skipped = new ArrayList<>();
        while (counted < n) {
            day = day.plusDays(1);
            checkYear(day);
            if (counts(day, skipped)) {
                counted++;
            }
        }
        return new WorkingDaysResult(start, day, n, skipped, stamp(start, day));
    }

    /**
     * Working days after {@code start} up to and including {@code end}; negative when {@code end} is before
     * {@code start}. {@code workingDaysBetween(s, addWorkingDays(s, n).end())} is always {@code n}.
     */
    public WorkingDaysResult workingDaysBetween(LocalDate start, LocalDate end) {
        Span span = span(start, end);
        boolean backwards = span.backwards();
        LocalDate from = span.from();
        LocalDate to = span.to();
        int count = 0;
        List<BankHoliday> skipped = new ArrayList<>();
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (counts(day, skipped)) {
                count++;
            }
        }
        return new WorkingDaysResult(start, end, backwards ? -count : count, skipped, stamp(from, to));
    }

    /** {@code start} and {@code end} in date order, checked: years the calendar knows, at most 40 years apart. */
    private Span span(LocalDate start, LocalDate end) {
        checkYear(start);
        checkYear(end);
        boolean backwards = end.isBefore(start);
        LocalDate from = backwards ? end : start;
        LocalDate to = backwards ? start : end;
        if (from.plusYears(40).isBefore(to)) {
            throw new IllegalArgumentException("Dates " + from + " and " + to + " are more than 40 years apart");
        }
        return new Span(from, to, backwards);
    }

    private record Span(LocalDate from, LocalDate to, boolean backwards) {
    }

    /** Whether {@code day} is a working day; a bank holiday on a weekday is added to {@code skipped}. */
    private boolean counts(LocalDate day, List<BankHoliday> skipped) {
        if (isWeekend(day)) {
            return false;
        }
        Optional<BankHoliday> holiday = holidayOn(day);
        holiday.ifPresent(skipped::add);
        return holiday.isEmpty();
    }

    /**
     * {@code workingDaysBetween(start, end).workingDays()} counted without walking the days: the weekdays in the
     * span less the bank holidays on weekdays in it (for many rows at once, e.g. the deadline monitor's).
     */
    public int workingDayCount(LocalDate start, LocalDate end) {
        Span span = span(start, end);
        boolean backwards = span.backwards();
        LocalDate from = span.from();
        LocalDate to = span.to();
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to);
        long count = days / 7 * 5;
        LocalDate day = from.plusDays(days / 7 * 7);
        while (day.isBefore(to)) {
            day = day.plusDays(1);
            if (!isWeekend(day)) {
                count++;
            }
        }
        if (days > 0) {
            for (BankHoliday holiday : holidaysBetween(from.plusDays(1), to)) {
                if (!isWeekend(holiday.date())) {
                    count--;
                }
            }
        }
        return (int) (backwards ? -count : count);
    }

    /** Bank holidays (any day of the week) from {@code from} to {@code to}, both included. */
    public List<BankHoliday> holidaysBetween(LocalDate from, LocalDate to) {
        checkYear(from);
        checkYear(to);
        List<BankHoliday> result = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            for (BankHoliday holiday : holidaysOfYear(year).values()) {
                if (!holiday.date().isBefore(from) && !holiday.date().isAfter(to)) {
                    result.add(holiday);
                }
            }
        }
        return result;
    }

    /** The stamp for any computation that looked at dates from {@code from} to {@code to}. */
    public CalendarStamp stamp(LocalDate from, LocalDate to) {
        LocalDate first = from.isAfter(to) ? to : from;
        LocalDate last = from.isAfter(to) ? from : to;
        List<Integer> years = new ArrayList<>();
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            if (!tableYears.contains(year)) {
                years.add(year);
            }
        }
        return CalendarStamp.of(version, years);
    }

    /**
     * The holiday on {@code date}, if any: asked for every day a timescale walks, so a table year's date is looked up
     * in {@link #tableByDate} (a hash look-up) rather than through a new view of the year's part of the sorted table.
     */
    private Optional<BankHoliday> holidayOn(LocalDate date) {
        int year = date.getYear();
        return Optional.ofNullable(tableYears.contains(year) ? tableByDate.get(date) : holidaysOfYear(year).get(date));
    }

    private Map<LocalDate, BankHoliday> holidaysOfYear(int year) {
        if (tableYears.contains(year)) {
            return table.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true);
        }
        return fallbackByYear.computeIfAbsent(year, y -> {
            TreeMap<LocalDate, BankHoliday> map = new TreeMap<>();
            for (BankHoliday holiday : fallback.holidaysIn(y)) {
                map.putIfAbsent(holiday.date(), holiday);
            }
            return Collections.unmodifiableMap(map);
        });
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static void checkYear(LocalDate date) {
        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
            throw new IllegalArgumentException("Date " + date + " is outside the years " + MIN_YEAR + "-" + MAX_YEAR
                    + " the calendar handles");
        }
    }
}
