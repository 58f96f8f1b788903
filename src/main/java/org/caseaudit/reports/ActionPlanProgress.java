package org.caseaudit.reports;

import java.util.List;

/** Open and recently closed actions across cycles, overdue first: rendered by action-plan-progress.jrxml. */
public record ActionPlanProgress(String title, String subtitle, String marking, boolean anonymised, String statement,
                                 List<CommitteePack.Line> totals, List<Row> rows, String generated) {

    public ActionPlanProgress {
        totals = List.copyOf(totals);
        rows = List.copyOf(rows);
    }

    /**
     * One action. {@code group} is the heading it is listed under (Overdue, Open, Closed in the last N days);
     * {@code rag} is a word; {@code reaudit} the re-audit result in words (or null).
     */
    public record Row(String group, String cycle, String issue, String action, String owner, String due,
                      String status, String rag, String progress, String reaudit) {
    }
}
