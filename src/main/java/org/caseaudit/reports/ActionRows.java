package org.caseaudit.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.caseaudit.findings.ActionItem;
import org.caseaudit.findings.ActionPlanService;
import org.caseaudit.findings.DisclosureControl;
import org.caseaudit.findings.DisclosureSettings;
import org.caseaudit.findings.QuestionCompliance;
import org.caseaudit.findings.ReAuditResult;
import org.caseaudit.findings.Theme;
import org.caseaudit.shared.ui.Formats;
import org.springframework.stereotype.Component;

/**
 * The action plan rows of the reports, from the findings module's action plan. Anonymised: the issue shows its theme
 * (never the free text), the action and progress notes are left out (free text nobody has reviewed for
 * publication), the owner is not named; due date, status, RAG and re-audit figures (small counts as "c") stay.
 */
@Component
class ActionRows {

    static final String OVERDUE = "Overdue";
    static final String OPEN = "Open";
    static final String CLOSED = "Closed in the last " + ActionPlanProgressBuilder.RECENTLY_CLOSED_DAYS + " days";
    static final String OWNER_WITHHELD = "Not shown";

    private final ActionPlanService plan;
    private final Clock clock;
    private final DisclosureSettings settings;

    ActionRows(ActionPlanService plan, Clock clock, DisclosureSettings settings) {
        this.plan = plan;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * The actions of a cycle's outputs, one rule for the pack and the action-plan workbook: the cycle's own actions,
     * then open actions carried over from earlier cycles; overdue first.
     */
    static List<ActionItem> ofCycle(List<ActionItem> plan, long cycleId) {
        return plan.stream()
                .filter(a -> Objects.equals(a.sourceCycleId(), cycleId) || a.open() && a.sourceCycleId() != null
                        && a.sourceCycleId() < cycleId)
                .sorted(Comparator.comparing((ActionItem a) -> !a.overdue()).thenComparing(ActionItem::dueDate,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** The cycle's own actions, then open actions carried over from earlier cycles; overdue first. */
    List<CommitteePack.ActionRow> forCycle(long cycleId, boolean anonymised) {
        List<ActionItem> items = ofCycle(plan.plan(true), cycleId);
        List<CommitteePack.ActionRow> rows = new ArrayList<>();
        for (ActionItem a : items) {
            String carried = Objects.equals(a.sourceCycleId(), cycleId) ? ""
                    : " (carried over from " + a.sourceCycleName() + ")";
            rows.add(new CommitteePack.ActionRow(a.reference() + ": " + issue(a, anonymised) + carried,
                    anonymised ? Anonymiser.TEXT_OMITTED : a.action(), owner(a, anonymised), date(a.dueDate()),
                    a.statusWithReason(), a.rag().label()));
        }
        return rows;
    }

    /**
     * Open actions of every cycle and those closed in the last 90 days: overdue, open, closed; only one delivery
     * group's when {@code deliveryGroupId} is set.
     */
    List<ActionPlanProgress.Row> progress(boolean anonymised, Long deliveryGroupId) {
        LocalDate since = LocalDate.now(clock).minusDays(ActionPlanProgressBuilder.RECENTLY_CLOSED_DAYS);
        CommitteePackBuilder.Figures f = new CommitteePackBuilder.Figures(anonymised,
                anonymised ? settings.policy() : new DisclosureControl(0));
        List<ActionItem> all = plan.plan(true, deliveryGroupId);
        List<ActionPlanProgress.Row> rows = new ArrayList<>();
        Comparator<ActionItem> byDue = Comparator.comparing(ActionItem::dueDate,
                Comparator.nullsLast(Comparator.naturalOrder()));
        all.stream().filter(a -> a.open() && a.overdue()).sorted(byDue).forEach(a -> rows.add(row(OVERDUE, a, f)));
        all.stream().filter(a -> a.open() && !a.overdue()).sorted(byDue).forEach(a -> rows.add(row(OPEN, a, f)));
        all.stream().filter(a -> !a.open() && a.completedOn() != null && !a.completedOn().isBefore(since))
                .sorted(Comparator.comparing(ActionItem::completedOn).reversed())
                .forEach(a -> rows.add(row(CLOSED, a, f)));
        return rows;
    }

    private ActionPlanProgress.Row row(String group, ActionItem a, CommitteePackBuilder.Figures f) {
        boolean anonymised = f.anonymised();
        String progress = null;
        if (!anonymised) {
            List<String> parts = new ArrayList<>();
            a.notes().stream().skip(Math.max(0, a.notes().size() - 2)).forEach(n -> parts.add(Formats.date(n.notedOn())
                    + ": " + n.text()));
            if (a.evidence() != null && !a.evidence().isBlank()) {
                parts.add("Evidence: " + a.evidence());
            }
            progress = parts.isEmpty() ? null : String.join("\n", parts);
        } else if (!a.notes().isEmpty()) {
            progress = (a.notes().size() == 1 ? "1 progress note" : a.notes().size() + " progress notes")
                    + ", not shown (free text)";
        }
        return new ActionPlanProgress.Row(group, a.sourceCycleName() == null ? "\u2013" : a.sourceCycleName(),
                a.reference() + ": " + issue(a, anonymised), anonymised ? Anonymiser.TEXT_OMITTED : a.action(),
                owner(a, anonymised), date(a.dueDate()), a.statusLabel()
                + (a.completedOn() == null ? "" : " " + Formats.date(a.completedOn())), a.rag().label(), progress,
                reaudit(a, f));
    }

    private String reaudit(ActionItem a, CommitteePackBuilder.Figures f) {
        if (a.reauditCycleId() == null) {
            return null;
        }
        ReAuditResult result = plan.reAuditResult(a.id()).orElse(null);
        if (result == null) {
            return "Re-audit planned";
        }
        List<String> parts = new ArrayList<>();
        // audits done describe the service, not children: a process count, never suppressed
        parts.add(result.reauditCycleName() + " (" + result.progress().done() + " of "
                + result.progress().audits() + " audits done)");
        for (ReAuditResult.Row r : result.rows()) {
            parts.add(r.questionId() + ": " + share(r.before(), f) + " \u2192 " + share(r.after(), f));
        }
        return String.join("\n", parts);
    }

    /**
     * "7 of 10 files (70%)", or under the policy with the files with a finding as the unprinted third cell, so a
     * percentage never gives away a small number of files without compliance ("70% of 10" would give 3).
     */
    private static String share(QuestionCompliance q, CommitteePackBuilder.Figures f) {
        if (q == null || q.audited() == 0) {
            return "\u2013";
        }
        return f.policy().share(q.compliant(), q.audited());
    }

    private static String issue(ActionItem a, boolean anonymised) {
        if (!anonymised) {
            return a.issue();
        }
        return a.theme() == null || a.theme().isBlank() ? Anonymiser.TEXT_OMITTED : a.themeIssue();
    }

    private static String owner(ActionItem a, boolean anonymised) {
        return anonymised ? a.ownerRole() : a.owner();
    }

    private static String date(LocalDate date) {
        return date == null ? null : Formats.date(date);
    }
}
