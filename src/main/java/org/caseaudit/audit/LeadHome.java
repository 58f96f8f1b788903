package org.caseaudit.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CycleStatus;
import org.caseaudit.sampling.CycleSummary;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.HomeItem;
import org.caseaudit.shared.HomeSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The audit lead's home: each open cycle at its stage with the one next step (start a cycle, draw, assign, create
 * the audits, chase, moderate, report), then the audits not started or overdue and the moderations waiting.
 */
@Component
@Order(10)
class LeadHome implements HomeSection {

    private final AuditCycleService cycles;
    private final AuditService audits;
    private final Clock clock;

    LeadHome(AuditCycleService cycles, AuditService audits, Clock clock) {
        this.cycles = cycles;
        this.audits = audits;
        this.clock = clock;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.AUDIT_LEAD);
    }

    @Override
    public String title() {
        return "Your audit cycles";
    }

    @Override
    public List<HomeItem> items() {
        LocalDate today = LocalDate.now(clock);
        List<HomeItem> items = new ArrayList<>();
        List<CycleSummary> open = cycles.list().stream().filter(c -> c.status() != CycleStatus.COMPLETE).toList();
        for (CycleSummary c : open) {
            items.add(nextStep(c, audits.cycleAudits(c.id()), today));
        }
        if (open.stream().noneMatch(c -> c.status() == CycleStatus.PLANNED || c.status() == CycleStatus.SAMPLING)) {
            items.add(new HomeItem("new-cycle", (open.isEmpty() ? "No audit cycle is open. " : "No cycle is being "
                    + "prepared. ") + "Define the next one: its period, frame and sample design.", "Start a new cycle",
                    "audit-cycles?new"));
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
            return new HomeItem(id, name + "assigned; the audits are not created yet.", "Create the audits", resultsPage);
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
