package org.caseaudit.audit;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseaudit.sampling.MyAudit;
import org.caseaudit.sampling.MyAuditsService;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My audits": what the sample assigned to the signed-in user, joined to the audits created for them (status and
 * progress), and the audits assigned to them directly. Work still to do comes first, soonest due first; then what is
 * done, most recently due first. Independent members never see a team.
 */
@Service
public class MyWorkService {

    private final MyAuditsService assignments;
    private final AuditService audits;
    private final CurrentUser currentUser;

    MyWorkService(MyAuditsService assignments, AuditService audits, CurrentUser currentUser) {
        this.assignments = assignments;
        this.audits = audits;
        this.currentUser = currentUser;
    }

    @RolesAllowed({Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER})
    @Transactional(readOnly = true)
    public List<MyWork> mine() {
        boolean member = currentUser.hasRole(Roles.INDEPENDENT_MEMBER) && !currentUser.hasRole(Roles.AUDITOR)
                && !currentUser.hasRole(Roles.MODERATOR);
        Map<String, AuditSummary> created = new HashMap<>();
        for (AuditSummary a : audits.myAudits()) {
            created.put(key(a.cycleId(), a.caseId(), a.kind()), a);
        }
        List<MyWork> work = new ArrayList<>();
        for (MyAudit assigned : assignments.mine()) {
            AuditKind kind = assigned.task() == MyAudit.Task.AUDIT ? AuditKind.AUDIT : AuditKind.MODERATION;
            long caseId = assigned.caseId();
            AuditSummary audit = created.remove(key(assigned.cycleId(), caseId, kind));
            work.add(new MyWork(assigned.cycleId(), assigned.cycleName(), caseId, assigned.caseReference(),
                    member ? null : assigned.team(), kind, assigned.dueDate(), audit == null ? null : audit.id(),
                    audit == null ? null : audit.status(), audit == null ? 0 : audit.answered(),
                    audit == null ? 0 : audit.questions()));
        }
        Set<Long> otherCycles = new HashSet<>();
        created.values().forEach(a -> otherCycles.add(a.cycleId()));
        Map<Long, String> names = otherCycles.isEmpty() ? Map.of() : assignments.cycleNames(otherCycles);
        for (AuditSummary a : created.values()) {
            work.add(new MyWork(a.cycleId(), names.getOrDefault(a.cycleId(), "Cycle " + a.cycleId()), a.caseId(),
                    a.caseReference(), null, a.kind(), a.dueDate(), a.id(), a.status(), a.answered(), a.questions()));
        }
        Comparator<MyWork> due = Comparator.comparing(MyWork::dueDate, Comparator.nullsLast(Comparator.naturalOrder()));
        work.sort(Comparator.comparing((MyWork w) -> !w.toDo())
                .thenComparing((x, y) -> x.toDo() ? due.compare(x, y) : due.compare(y, x))
                .thenComparing(MyWork::cycleName).thenComparing(MyWork::caseReference)
                .thenComparing(MyWork::task));
        return work;
    }

    private static String key(long cycleId, long caseId, AuditKind kind) {
        return cycleId + "/" + caseId + "/" + kind;
    }
}
