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

/** The audit lead's counts across the open cycles: audits not started or overdue, moderations waiting. */
@Component
@Order(11)
class LeadWorkHome implements HomeSection {

    private final AuditCycleService cycles;
    private final AuditService audits;
    private final Clock clock;

    LeadWorkHome(AuditCycleService cycles, AuditService audits, Clock clock) {
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
        return "Audits and moderations";
    }

    @Override
    public List<HomeItem> items() {
        LocalDate today = LocalDate.now(clock);
        List<AuditSummary> work = new ArrayList<>();
        for (CycleSummary c : cycles.list()) {
            if (c.status() != CycleStatus.COMPLETE) {
                work.addAll(audits.cycleAudits(c.id()));
            }
        }
        List<HomeItem> items = new ArrayList<>();
        long notStarted = work.stream().filter(a -> a.kind() == AuditKind.AUDIT && a.status() == AuditStatus.NOT_STARTED)
                .count();
        long overdue = work.stream().filter(a -> a.kind() == AuditKind.AUDIT && LeadHome.overdue(a, today)).count();
        if (notStarted > 0 || overdue > 0) {
            items.add(new HomeItem("audits-open", notStarted + " audits not started and " + overdue
                    + " overdue in the open cycles.", "See the audits", "audit-results"));
        }
        long waiting = work.stream().filter(a -> a.kind() == AuditKind.MODERATION && !LeadHome.finished(a)).count();
        if (waiting > 0) {
            items.add(new HomeItem("moderations-waiting", waiting + (waiting == 1 ? " moderation" : " moderations")
                    + " waiting.", "See the moderations",
                    "audit-results"));
        }
        return items;
    }
}
