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
public record CaseFilter(String team, LocalDate from, LocalDate to, S47Outcome outcome, Boolean hasIcpc,
        String reference,
                         Measure measure, MeasureStatus measureStatus) {

    public CaseFilter(String team, LocalDate from, LocalDate to, S47Outcome outcome, Boolean hasIcpc,
            String reference) {
        this(team, from, to, outcome, hasIcpc, reference, null, null);
    }

    public static CaseFilter all() {
        return new CaseFilter(null, null, null, null, null, null);
    }

    public CaseFilter withMeasure(Measure measure, MeasureStatus status) {
        return new CaseFilter(team, from, to, outcome, hasIcpc, reference, measure, status);
    }

    /**
     * The filter in plain words for the audit trail and messages, e.g. "team North Assessment Team; S47 started from
     * 01/03/2026 to 31/03/2026; Initial child protection conference overdue", or "all cases".
     */
    public String describe() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (team != null && !team.isBlank()) {
            parts.add("team " + team.strip());
        }
        if (from != null || to != null) {
            parts.add("S47 started" + (from == null ? "" : " from " + org.caseaudit.shared.ui.Formats.date(from))
                    + (to == null ? "" : " to " + org.caseaudit.shared.ui.Formats.date(to)));
        }
        if (outcome != null) {
            parts.add("outcome " + outcome.label());
        }
        if (hasIcpc != null) {
            parts.add(hasIcpc ? "with an ICPC" : "without an ICPC");
        }
        if (reference != null && !reference.isBlank()) {
            parts.add("reference starting \u201c" + reference.strip() + "\u201d");
        }
        if (byMeasure()) {
            parts.add(measure.label() + " " + measureStatus.label().toLowerCase(java.util.Locale.ROOT));
        }
        return parts.isEmpty() ? "all cases" : String.join("; ", parts);
    }

    /** True when the filter needs the computed timescales. */
    public boolean byMeasure() {
        return measure != null && measureStatus != null;
    }
}
