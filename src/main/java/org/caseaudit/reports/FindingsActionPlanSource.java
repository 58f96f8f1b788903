package org.caseaudit.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caseaudit.findings.ActionItem;
import org.caseaudit.findings.ActionPlanService;
import org.caseaudit.findings.ActionStatus;
import org.caseaudit.findings.QuestionCompliance;
import org.caseaudit.findings.ReAuditResult;
import org.caseaudit.shared.ui.Formats;
import org.springframework.stereotype.Component;

/**
 * Reads the findings module's action plan for the workbook. Status is the stored status, or "Overdue" when the due
 * date has passed (computed by the findings module with the clock). A cycle's workbook holds the same actions as
 * its committee pack ({@link ActionRows#ofCycle}: its own, then open ones carried over); the whole plan holds every
 * open action and those completed in the last {@value #RECENT_MONTHS} months.
 */
@Component
class FindingsActionPlanSource implements ActionPlanSource {

    static final String OVERDUE = "Overdue";
    static final int RECENT_MONTHS = 3;

    private final ActionPlanService plan;
    private final Clock clock;

    FindingsActionPlanSource(ActionPlanService plan, Clock clock) {
        this.plan = plan;
        this.clock = clock;
    }

    @Override
    public List<ActionPlanWorkbook.Input> actions(Long cycleId, Long deliveryGroupId) {
        LocalDate recent = LocalDate.now(clock).minusMonths(RECENT_MONTHS);
        List<ActionPlanWorkbook.Input> inputs = new ArrayList<>();
        List<ActionItem> all = plan.plan(true, deliveryGroupId);
        List<ActionItem> chosen = cycleId != null ? ActionRows.ofCycle(all, cycleId) : all.stream()
                .filter(a -> a.open() || a.completedOn() == null || !a.completedOn().isBefore(recent)).toList();
        for (ActionItem a : chosen) {
            List<ReAuditResult.Row> reAudit = a.reauditCycleId() == null ? List.of()
                    : plan.reAuditResult(a.id()).map(ReAuditResult::rows).orElse(List.of());
            inputs.add(new ActionPlanWorkbook.Input(a.reference(), a.sourceCycleName(), a.theme() == null ? null
                    : org.caseaudit.findings.Theme.label(a.theme()), a.issue(), a.action(),
                    a.owner(), a.ownerRole(), a.dueDate(), a.overdue() ? OVERDUE : a.status().label(), a.rag().label(),
                    a.ragReason(),
                    notes(a), a.evidence(), reAudit.stream().map(FindingsActionPlanSource::reAudit).toList()));
        }
        return inputs;
    }

    @Override
    public List<String> statuses() {
        return List.of(ActionStatus.NOT_STARTED.label(), ActionStatus.IN_PROGRESS.label(), OVERDUE,
                ActionStatus.COMPLETE.label());
    }

    private static String notes(ActionItem a) {
        if (a.notes().isEmpty()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (ActionItem.ProgressNote n : a.notes()) {
            lines.add(Formats.date(n.notedOn()) + " " + n.author() + ": " + n.text());
        }
        return String.join("\n", lines);
    }

    private static ActionPlanWorkbook.ReAudit reAudit(ReAuditResult.Row row) {
        QuestionCompliance before = row.before();
        QuestionCompliance after = row.after();
        return new ActionPlanWorkbook.ReAudit(row.question(),
                before == null ? 0 : before.compliant(), before == null ? 0 : before.audited(),
                after == null ? 0 : after.compliant(), after == null ? 0 : after.audited());
    }
}
