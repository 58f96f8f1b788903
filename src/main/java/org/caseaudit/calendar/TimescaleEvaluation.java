package org.caseaudit.calendar;

import java.time.LocalDate;
import java.util.List;

/** All measures for one case, as of {@code today}, in {@link Measure} order. */
public record TimescaleEvaluation(LocalDate today, long calendarVersion, List<MeasureResult> results) {

    public TimescaleEvaluation {
        results = List.copyOf(results);
    }

    public MeasureResult result(Measure measure) {
        return results.stream().filter(r -> r.measure() == measure).findFirst().orElseThrow();
    }
}
