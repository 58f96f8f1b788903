package org.caseaudit.audit;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.caseaudit.cases.CaseKey;
import org.caseaudit.cases.CaseRegisterService;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.security.Role;
import org.caseaudit.security.Roles;
import org.caseaudit.security.UserService;
import org.caseaudit.security.UserSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit lead gives an independent member a qualitative audit of one case, named by its reference, in a cycle:
 * outside the sample (a case the cycle already audits is refused), on a checklist chosen by the lead. The member then
 * finds it under My audits and sees only the case fields the checklist reads.
 */
@Service
public class QualitativeAuditService {

    private final AuditService audits;
    private final CaseRegisterService cases;
    private final UserService users;
    private final AuditCycleService cycles;

    QualitativeAuditService(AuditService audits, CaseRegisterService cases, UserService users,
            AuditCycleService cycles) {
        this.audits = audits;
        this.cases = cases;
        this.users = users;
        this.cycles = cycles;
    }

    /** The people a qualitative audit can be given to: enabled independent members. */
    @RolesAllowed(Roles.AUDIT_LEAD)
    @Transactional(readOnly = true)
    public List<UserSummary> members() {
        return users.findEnabledWithRole(Role.INDEPENDENT_MEMBER);
    }

    /**
     * Gives the audit; returns its id. Refused, naming what is wrong, for a cycle the current council does not have,
     * a blank or unknown case reference, someone who is not an enabled independent member, no due date, or a case
     * this cycle already audits.
     */
    @RolesAllowed(Roles.AUDIT_LEAD)
    @Transactional
    public long give(long cycleId, String caseReference, String templateId, int templateVersion, String member,
            LocalDate dueDate) {
        if (!cycles.exists(cycleId)) {
            throw new AuditStateException("There is no audit cycle " + cycleId);
        }
        String reference = caseReference == null ? "" : caseReference.strip();
        if (reference.isEmpty()) {
            throw new AuditStateException("Give the case reference");
        }
        List<CaseKey> matches = cases.byReference(reference);
        if (matches.isEmpty()) {
            throw new AuditStateException("No case with the reference \u201c" + reference
                    + "\u201d in the case register");
        }
        if (matches.size() > 1) {
            throw new AuditStateException(matches.size() + " cases have the reference \u201c" + reference
                    + "\u201d (from different sources): ask an administrator which one to audit");
        }
        CaseKey found = matches.getFirst();
        if (members().stream().noneMatch(u -> u.username().equals(member))) {
            throw new AuditStateException("\u201c" + member + "\u201d is not an enabled independent member");
        }
        if (dueDate == null) {
            throw new AuditStateException("Give a due date");
        }
        List<Long> created = audits.assign(List.of(new AuditAssignment(cycleId, found.id(), found.caseReference(),
                templateId, templateVersion, member, null, true, dueDate)));
        if (created.isEmpty()) {
            throw new AuditStateException("Case " + found.caseReference()
                    + " already has an audit in this cycle: choose a case outside its sample");
        }
        return created.getFirst();
    }
}
