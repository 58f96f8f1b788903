package org.caseaudit.calendar;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which calendar a result was computed with: the holiday-table version, and the years (if any) for which
 * the table had no dates so the rule-based England and Wales holidays were used instead.
 */
public record CalendarStamp(long version, SortedSet<Integer> fallbackYears) {

    public CalendarStamp {
        fallbackYears = Collections.unmodifiableSortedSet(new TreeSet<>(fallbackYears));
    }

    public static CalendarStamp of(long version, Collection<Integer> fallbackYears) {
        return new CalendarStamp(version, new TreeSet<>(fallbackYears));
    }

    public boolean fallbackUsed() {
        return !fallbackYears.isEmpty();
    }

    /** Merges the fallback years of two results computed with the same calendar version. */
    public CalendarStamp plus(CalendarStamp other) {
        if (other.version != version) {
            throw new IllegalArgumentException("Cannot combine calendar versions " + version + " and " + other.version);
        }
        TreeSet<Integer> years = new TreeSet<>(fallbackYears);
        years.addAll(other.fallbackYears);
        return new CalendarStamp(version, years);
    }

    /** "calendar version 3" or "calendar version 3 (rule-based holidays for 2030)". */
    public String describe() {
        String text = "calendar version " + version;
        if (fallbackUsed()) {
            text += " (rule-based holidays for "
                    + fallbackYears.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
        }
        return text;
    }
}
