package org.caseaudit.audit;

import java.util.List;

/**
 * Grading honesty over a set of cycles (oldest first): the auditors' grade distribution per cycle and per team of the
 * audited cases, and the grade changes at moderation per cycle and over all. Aggregates, but per team and per cycle
 * the numbers are small: for the audit lead and administrators; outputs for others pass the disclosure control.
 */
public record GradingOverview(List<GradingRules.Distribution> byCycle, List<GradingRules.Distribution> byTeam,
                              List<GradingRules.Changes> changesByCycle, GradingRules.Changes changes) {

    public GradingOverview {
        byCycle = List.copyOf(byCycle);
        byTeam = List.copyOf(byTeam);
        changesByCycle = List.copyOf(changesByCycle);
    }
}
