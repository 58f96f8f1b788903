package org.caseaudit.sampling;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseaudit.sampling.internal.AuditCycleEntity;
import org.caseaudit.sampling.internal.AuditCycleRepository;
import org.caseaudit.sampling.internal.SampleItemEntity;
import org.caseaudit.sampling.internal.SampleItemRepository;
import org.caseaudit.sampling.internal.SampleRecordEntity;
import org.caseaudit.sampling.internal.SampleRecordRepository;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The cases assigned to the signed-in auditor or moderator, soonest due first. */
@Service
public class MyAuditsService {

    private final SampleItemRepository items;
    private final SampleRecordRepository samples;
    private final AuditCycleRepository cycles;
    private final CurrentUser currentUser;

    MyAuditsService(SampleItemRepository items, SampleRecordRepository samples, AuditCycleRepository cycles,
                    CurrentUser currentUser) {
        this.items = items;
        this.samples = samples;
        this.cycles = cycles;
        this.currentUser = currentUser;
    }

    /** Independent members are never assigned sampled cases (their qualitative audits are assigned directly): none. */
    @RolesAllowed({Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER})
    @Transactional(readOnly = true)
    public List<MyAudit> mine() {
        String me = currentUser.username().orElseThrow();
        Map<Long, AuditCycleEntity> cycleOfSample = new HashMap<>();
        List<MyAudit> result = new ArrayList<>();
        for (SampleItemEntity item : items.findByAuditorOrModeratorOrderBySampleIdAscDrawOrderAsc(me, me)) {
            if (!item.isActive()) {
                continue;
            }
            AuditCycleEntity cycle = cycleOfSample.computeIfAbsent(item.getSampleId(), id -> samples.findById(id)
                    .map(SampleRecordEntity::getCycleId).flatMap(cycles::findById).orElseThrow());
            if (me.equals(item.getAuditor())) {
                result.add(audit(item, cycle, MyAudit.Task.AUDIT));
            }
            if (me.equals(item.getModerator())) {
                result.add(audit(item, cycle, MyAudit.Task.MODERATION));
            }
        }
        result.sort(Comparator.comparing(MyAudit::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(MyAudit::cycleName).thenComparing(MyAudit::caseReference));
        return result;
    }

    /**
     * The names of the given cycles (for the audits the caller was given outside a sample, such as an independent
     * member's qualitative audits); unknown ids are left out.
     */
    @RolesAllowed({Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER})
    @Transactional(readOnly = true)
    public Map<Long, String> cycleNames(Collection<Long> cycleIds) {
        Map<Long, String> names = new HashMap<>();
        cycles.findAllById(cycleIds).forEach(c -> names.put(c.getId(), c.getName()));
        return names;
    }

    private static MyAudit audit(SampleItemEntity item, AuditCycleEntity cycle, MyAudit.Task task) {
        return new MyAudit(item.getId(), cycle.getId(), cycle.getName(), item.getCaseId(), item.getCaseReference(),
                item.getTeam(), task, cycle.getDueDate(), cycle.getStatus());
    }
}
