package org.caseaudit.cases;

import java.time.LocalDate;

/**
 * Register filter; every part optional. The date range applies to the S47 start date (audit populations are
 * defined as "S47 enquiries that started in ..."), inclusive. {@code reference} matches the start of the case or
 * child reference.
 */
public record CaseFilter(String team, LocalDate from, LocalDate to, S47Outcome outcome, Boolean hasIcpc, String reference) {

    public static CaseFilter all() {
        return new CaseFilter(null, null, null, null, null, null);
    }
}
