package org.caseaudit.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CycleStatus;
import org.caseaudit.sampling.CycleSummary;
import org.caseaudit.shared.HomeItem;

/**
 * The audit lead's home sections (declared in {@link AuditHomeSections}): each open cycle at its stage with the one
 * next step (start a cycle, draw, assign, create the audits, chase, moderate, report), then the counts of audits not
 * started or overdue and of moderations waiting across the open cycles.
 */
final class LeadHome {

    private LeadHome() {
    }

    /** A cycle not yet complete, with its audits and moderations. */
    record OpenCycle(CycleSummary cycle, List<AuditSummary> work) {
    }

    static List<OpenCycle> openCycles(AuditCycleService cycles, AuditService audits) {
        return cycles.list().stream().filter(c -> c.status() != CycleStatus.COMPLETE)
                .map(c -> new OpenCycle(c, audits.cycleAudits(c.id()))).toList();
    }

    /** "Your audit cycles": each open cycle's next step, and "Start a new cycle" when none is being prepared. */
    static List<HomeItem> cycleItems(List<OpenCycle> open, LocalDate today) {
        List<HomeItem> items = new ArrayList<>();
        for (OpenCycle c : open) {
            items.add(nextStep(c.cycle(), c.work(), today));
        }
        if (open.stream().map(OpenCycle::cycle)
                .noneMatch(c -> c.status() == CycleStatus.PLANNED || c.status() == CycleStatus.SAMPLING)) {
            items.add(new HomeItem("new-cycle", (open.isEmpty() ? "No audit cycle is open. " : "No cycle is being "
                    + "prepared. ") + "Define the next one: its period, frame and sample design.", "Start a new cycle",
                    "audit-cycles?new"));
        }
        return items;
    }

    /** "Audits and moderations": audits not started or overdue and moderations waiting, across the open cycles. */
    static List<HomeItem> workItems(List<OpenCycle> open, LocalDate today) {
        List<AuditSummary> work = open.stream().flatMap(c -> c.work().stream()).toList();
        List<HomeItem> items = new ArrayList<>();
        long notStarted = work.stream().filter(a -> a.kind() == AuditKind.AUDIT
                && a.status() == AuditStatus.NOT_STARTED)
                .count();
        long overdue = work.stream().filter(a -> a.kind() == AuditKind.AUDIT && overdue(a, today)).count();
        if (notStarted > 0 || overdue > 0) {
            items.add(new HomeItem("audits-open", notStarted + " audits not started and " + overdue
                    + " overdue in the open cycles.", "See the audits", "audit-results"));
        }
        long waiting = work.stream().filter(a -> a.kind() == AuditKind.MODERATION && !finished(a)).count();
        if (waiting > 0) {
            items.add(new HomeItem("moderations-waiting", waiting + (waiting == 1 ? " moderation" : " moderations")
                    + " waiting.", "See the moderations", "audit-results"));
        }
        return items;
    }

    /** The one next step of a cycle, from its stage and its audits' progress. */
    static HomeItem nextStep(CycleSummary c, List<AuditSummary> work, LocalDate today) {
        String id = "cycle-" + c.id();
        String cyclePage = "audit-cycles?cycle=" + c.id();
        String resultsPage = "audit-results?cycle=" + c.id();
        String name = c.name() + ": ";
        if (!c.sampleDrawn()) {
            return new HomeItem(id, name + "planned; the sample is not drawn yet.", "Draw the sample", cyclePage);
        }
        if (!c.locked()) {
            return new HomeItem(id, name + "sample drawn; check it, then assign auditors and moderators.",
                    "Assign auditors", cyclePage);
        }
        if (work.isEmpty()) {
            return new HomeItem(id, name + "assigned; the audits are not created yet.",
                    "Create the audits", resultsPage);
        }
        List<AuditSummary> auditsOpen = work.stream().filter(a -> a.kind() == AuditKind.AUDIT && !finished(a)).toList();
        if (!auditsOpen.isEmpty()) {
            long notStarted = auditsOpen.stream().filter(a -> a.status() == AuditStatus.NOT_STARTED).count();
            long overdue = auditsOpen.stream().filter(a -> overdue(a, today)).count();
            return new HomeItem(id, name + auditsOpen.size() + " of " + count(work, AuditKind.AUDIT)
                    + " audits still open: " + notStarted + " not started, " + overdue + " overdue.",
                    "Chase the audits", resultsPage);
        }
        List<AuditSummary> moderationsOpen = work.stream().filter(a -> a.kind() == AuditKind.MODERATION && !finished(a))
                .toList();
        if (!moderationsOpen.isEmpty()) {
            return new HomeItem(id, name + "every audit is submitted; " + moderationsOpen.size()
                    + (moderationsOpen.size() == 1 ? " moderation is" : " moderations are") + " waiting.",
                    "Follow the moderation", resultsPage);
        }
        return new HomeItem(id, name + "every audit and moderation is done; the committee pack can be written.",
                "Write the report", "reports/cycles?cycle=" + c.id());
    }

    static boolean finished(AuditSummary a) {
        return a.status() != AuditStatus.NOT_STARTED && a.status() != AuditStatus.IN_PROGRESS;
    }

    static boolean overdue(AuditSummary a, LocalDate today) {
        return !finished(a) && a.dueDate() != null && a.dueDate().isBefore(today);
    }

    private static long count(List<AuditSummary> work, AuditKind kind) {
        return work.stream().filter(a -> a.kind() == kind).count();
    }
}
