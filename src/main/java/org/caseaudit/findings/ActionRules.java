package org.caseaudit.findings;

import java.time.LocalDate;

/**
 * Overdue and RAG of an action, computed from its status, due date and today (from the injected clock), never
 * stored:
 * <ul>
 * <li><b>Overdue</b>: not complete and the due date is before today (due today is not yet overdue).</li>
 * <li><b>Red</b> "overdue": overdue.</li>
 * <li><b>Amber</b> "due soon": not complete, due within {@link #DUE_SOON_DAYS} days (today included).</li>
 * <li><b>Amber</b> "not started": not started, whatever the due date beyond that (or none).</li>
 * <li><b>Green</b> "on track": in progress and not due within {@value #DUE_SOON_DAYS} days (or no due date).</li>
 * <li><b>Green</b> "complete": complete, however late it was finished.</li>
 * </ul>
 */
public final class ActionRules {

    /** Two weeks: the usual gap between the performance meetings that chase actions. */
    public static final int DUE_SOON_DAYS = 14;

    private ActionRules() {
    }

    public static boolean overdue(ActionStatus status, LocalDate due, LocalDate today) {
        return status != ActionStatus.COMPLETE && due != null && due.isBefore(today);
    }

    public static Rag rag(ActionStatus status, LocalDate due, LocalDate today) {
        return switch (reason(status, due, today)) {
            case "overdue" -> Rag.RED;
            case "due soon", "not started" -> Rag.AMBER;
            default -> Rag.GREEN;
        };
    }

    /** The words that go with the RAG: "overdue", "due soon", "not started", "on track" or "complete". */
    public static String reason(ActionStatus status, LocalDate due, LocalDate today) {
        if (status == ActionStatus.COMPLETE) {
            return "complete";
        }
        if (overdue(status, due, today)) {
            return "overdue";
        }
        if (due != null && !due.isAfter(today.plusDays(DUE_SOON_DAYS))) {
            return "due soon";
        }
        return status == ActionStatus.NOT_STARTED ? "not started" : "on track";
    }
}
