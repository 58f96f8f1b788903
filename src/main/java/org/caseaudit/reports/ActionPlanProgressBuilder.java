package org.caseaudit.reports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.caseaudit.findings.DeliveryGroup;
import org.caseaudit.reports.CommitteePack.Line;
import org.caseaudit.shared.ui.Formats;
import org.springframework.stereotype.Component;

/** Builds the action-plan progress report: overdue first, then open, then closed in the last 90 days. */
@Component
class ActionPlanProgressBuilder {

    static final int RECENTLY_CLOSED_DAYS = 90;

    private final ActionRows actions;
    private final Clock clock;

    ActionPlanProgressBuilder(ActionRows actions, Clock clock) {
        this.actions = actions;
        this.clock = clock;
    }

    ActionPlanProgress build(boolean anonymised, String marking) {
        return build(anonymised, marking, null);
    }

    /** The report of one delivery group's actions when {@code group} is set, else of the whole plan. */
    ActionPlanProgress build(boolean anonymised, String marking, DeliveryGroup group) {
        List<ActionPlanProgress.Row> rows = actions.progress(anonymised, group == null ? null : group.id());
        List<Line> totals = new ArrayList<>();
        for (String heading : List.of(ActionRows.OVERDUE, ActionRows.OPEN, ActionRows.CLOSED)) {
            long n = rows.stream().filter(r -> heading.equals(r.group())).count();
            // actions describe the service, not children: a process count, never suppressed
            totals.add(new Line(heading, n == 1 ? "1 action" : n + " actions"));
        }
        return new ActionPlanProgress("Action plan progress" + (group == null ? "" : ": " + group.name()),
                (group == null ? "" : "Actions owned by " + (anonymised ? group.name() : group.describe()) + ". ")
                        + "Open actions of every cycle and those closed in the last "
                + RECENTLY_CLOSED_DAYS + " days, overdue first, with the results of re-audits" + (anonymised
                ? " \u00b7 anonymised version" : ""), marking, anonymised, anonymised ? Anonymiser.STATEMENT + " "
                + org.caseaudit.findings.DisclosureControl.standard().statement() : null,
                totals, rows, "Produced " + Formats.dateTime(clock.instant()) + " by the Case Audit Workbench");
    }
}
