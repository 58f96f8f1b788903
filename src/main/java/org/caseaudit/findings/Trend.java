package org.caseaudit.findings;

import java.time.LocalDate;
import java.util.List;

/** Compliance with one question over a template's cycles, oldest first (for charts and their tables). */
public record Trend(String templateId, String questionId, String question, boolean keyMeasure, List<Point> points) {

    public Trend {
        points = List.copyOf(points);
    }

    /** One cycle: compliant of audited, percent (NaN when none audited), 95% Wilson interval (null when none). */
    public record Point(long cycleId, String cycleName, LocalDate periodStart, LocalDate periodEnd, int compliant,
            int audited, double percent, ConfidenceInterval interval, boolean smallSample) {
    }
}
