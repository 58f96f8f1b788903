package org.caseaudit.audit;

import org.caseaudit.sampling.CycleWork;
import org.caseaudit.sampling.CycleWorkCreator;
import org.springframework.stereotype.Component;

/** Sampling's assignment step creates the cycle's audits and moderations through this, in its own transaction. */
@Component
class CycleAuditsCreator implements CycleWorkCreator {

    private final AuditService audits;

    CycleAuditsCreator(AuditService audits) {
        this.audits = audits;
    }

    @Override
    public CycleWork createFor(long cycleId) {
        return audits.createWorkForCycle(cycleId);
    }
}
