package org.caseaudit.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.HomeItem;
import org.caseaudit.shared.HomeSection;
import org.caseaudit.shared.ui.Formats;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The audit module's parts of the home page: the audit lead's cycles and counts, and everyone's own work. */
@Configuration(proxyBeanMethods = false)
class AuditHomeSections {

    @Bean
    @Order(10)
    HomeSection leadCycles(AuditCycleService cycles, AuditService audits, Clock clock) {
        return HomeSection.of(Set.of(Roles.AUDIT_LEAD), "Your audit cycles", "Nothing needs you here now.",
                () -> LeadHome.cycleItems(LeadHome.openCycles(cycles, audits), LocalDate.now(clock)));
    }

    @Bean
    @Order(11)
    HomeSection leadWork(AuditCycleService cycles, AuditService audits, Clock clock) {
        return HomeSection.of(Set.of(Roles.AUDIT_LEAD), "Audits and moderations", "Nothing needs you here now.",
                () -> LeadHome.workItems(LeadHome.openCycles(cycles, audits), LocalDate.now(clock)));
    }

    /** Auditors' and moderators' (and independent members') work still to do, soonest due first. */
    @Bean
    @Order(20)
    HomeSection myWork(MyWorkService work, Clock clock) {
        return HomeSection.of(Set.of(Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER),
                "Your audits and moderations", "No audit or moderation is waiting for you.",
                () -> myWorkItems(work.mine(), LocalDate.now(clock)));
    }

    static List<HomeItem> myWorkItems(List<MyWork> mine, LocalDate today) {
        return mine.stream().filter(MyWork::toDo)
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
