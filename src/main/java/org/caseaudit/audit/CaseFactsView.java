package org.caseaudit.audit;

import java.util.List;
import org.caseaudit.calendar.MeasureResult;

/**
 * The case facts shown beside the checklist: field rows and every computed timescale with its due date and how it was
 * computed. {@code restricted} is true for an independent member, who sees only the fields the template's questions
 * use and no names.
 */
public record CaseFactsView(String caseReference, List<Fact> facts, List<MeasureResult> timescales,
        boolean restricted) {

    public CaseFactsView {
        facts = List.copyOf(facts);
        timescales = List.copyOf(timescales);
    }

    public record Fact(String field, String label, String value) {
    }
}
