package org.caseaudit.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.HomeItem;
import org.caseaudit.shared.HomeSection;
import org.caseaudit.shared.ui.Formats;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Auditors' and moderators' (and independent members') work still to do, soonest due first. */
@Component
@Order(20)
class MyWorkHome implements HomeSection {

    private final MyWorkService work;
    private final Clock clock;

    MyWorkHome(MyWorkService work, Clock clock) {
        this.work = work;
        this.clock = clock;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER);
    }

    @Override
    public String title() {
        return "Your audits and moderations";
    }

    @Override
    public String nothing() {
        return "No audit or moderation is waiting for you.";
    }

    @Override
    public List<HomeItem> items() {
        LocalDate today = LocalDate.now(clock);
        return work.mine().stream().filter(MyWork::toDo)
                .sorted(Comparator.comparing(MyWork::dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(w -> {
                    String what = (w.task() == AuditKind.MODERATION ? "Moderation" : "Audit") + " of case "
                            + w.caseReference() + " (" + w.cycleName() + ")";
                    String due = w.dueDate() == null ? "" : (w.dueDate().isBefore(today) ? ", overdue since "
                            : ", due ") + Formats.date(w.dueDate());
                    String status = w.status() == null ? "; waiting for the audit lead to create it" : "; "
                            + w.statusLabel().toLowerCase(java.util.Locale.UK);
                    String link = w.auditId() == null ? "my-audits"
                            : "audit?id=" + w.auditId();
                    return new HomeItem("work-" + w.cycleId() + "-" + w.caseId() + "-" + w.task().name().toLowerCase(),
                            what + due + status + ".", w.auditId() == null ? "My audits" : "Open", link);
                }).toList();
    }
}
