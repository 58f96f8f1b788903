package org.caseaudit.audit;

import java.util.List;

/**
 * One auditor's calibration: how often moderation left their overall grade as they gave it, cycle by cycle (oldest
 * first) and over all, and which way it moved when it did not. Shown only to that auditor and the audit lead.
 */
public record Calibration(String auditor, List<GradingRules.Changes> byCycle, GradingRules.Changes overall) {

    public Calibration {
        byCycle = List.copyOf(byCycle);
    }
}
