package org.caseaudit.cases;

import java.time.LocalDate;
import org.caseaudit.calendar.Measure;
import org.caseaudit.calendar.MeasureStatus;

/**
 * Register filter; every part optional. The date range applies to the S47 start date (audit populations are
 * defined as "S47 enquiries that started in ..."), inclusive. {@code reference} matches the start of the case or
 * child reference. {@code measure} with {@code measureStatus} keeps the cases whose statutory timescale has that
 * status as of today (computed, so it is applied after the database filter).
 */
public record CaseFilter(String team, LocalDate from, LocalDate to, S47Outcome outcome, Boolean hasIcpc, String reference,
                         Measure measure, MeasureStatus measureStatus) {

    public CaseFilter(String team, LocalDate from, LocalDate to, S47Outcome outcome, Boolean hasIcpc, String reference) {
        this(team, from, to, outcome, hasIcpc, reference, null, null);
    }

    public static CaseFilter all() {
        return new CaseFilter(null, null, null, null, null, null);
    }

    public CaseFilter withMeasure(Measure measure, MeasureStatus status) {
        return new CaseFilter(team, from, to, outcome, hasIcpc, reference, measure, status);
    }

    /** True when the filter needs the computed timescales. */
    public boolean byMeasure() {
        return measure != null && measureStatus != null;
    }
}
