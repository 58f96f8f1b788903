package org.caseaudit.calendar;

import java.util.List;
import java.util.Set;

/**
 * What loading a bank-holiday file would change in the newest calendar version: the years it covers, the dates it
 * adds, removes and renames. A file that removes dates is applied only once the administrator has confirmed them.
 */
public record CalendarFileDifference(String fileName, long baseVersion, Set<Integer> years, List<BankHoliday> added,
                                     List<BankHoliday> removed, List<BankHoliday> renamed) {

    public CalendarFileDifference {
        years = Set.copyOf(years);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        renamed = List.copyOf(renamed);
    }

    public boolean removesDates() {
        return !removed.isEmpty();
    }

    public boolean changesNothing() {
        return added.isEmpty() && removed.isEmpty() && renamed.isEmpty();
    }
}
