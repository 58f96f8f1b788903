package org.caseaudit.audit;

import org.caseaudit.audit.internal.CaseAuditRepository;
import org.caseaudit.cases.CaseAssignments;
import org.springframework.stereotype.Component;

/** The register asks here whether a case is the user's to audit or moderate before showing its facts. */
@Component
class AssignedCases implements CaseAssignments {

    private final CaseAuditRepository audits;

    AssignedCases(CaseAuditRepository audits) {
        this.audits = audits;
    }

    @Override
    public boolean isAssigned(String username, long caseId) {
        return audits.existsByAuditorAndCaseId(username, caseId);
    }
}
