package org.caseaudit.reminders;

import static org.caseaudit.audit.AuditFixtures.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.caseaudit.audit.AuditAssignment;
import org.caseaudit.audit.AuditFixtures;
import org.caseaudit.audit.AuditService;
import org.caseaudit.audit.AuditTestSupport;
import org.caseaudit.audit.TestCases;
import org.caseaudit.security.Role;
import org.caseaudit.security.Roles;
import org.caseaudit.security.UserDetailsForm;
import org.caseaudit.security.UserService;
import org.springframework.stereotype.Component;

/**
 * The reminder tests' shared set-up, in the council of the enclosing {@code CouncilScope} (else council 1): a new
 * auditor made by the administrator as the Users page does, and audits of new s47 cases assigned to them by the lead.
 */
@Component
class ReminderFixtures {

    private final UserService users;
    private final AuditService audits;
    private final TestCases cases;
    private final AuditTestSupport support;

    ReminderFixtures(UserService users, AuditService audits, TestCases cases, AuditTestSupport support) {
        this.users = users;
        this.audits = audits;
        this.cases = cases;
        this.support = support;
    }

    /** A new auditor whose username starts with {@code prefix} and whose email is username@example.org. */
    String newAuditor(String prefix) {
        String username = prefix + System.nanoTime() % 1_000_000;
        UserDetailsForm form = new UserDetailsForm();
        form.setUsername(username);
        form.setFullName("Zelda Quigley");
        form.setEmail(username + "@example.org");
        form.setTeam("MASH");
        form.setRoles(Set.of(Role.AUDITOR));
        as("admin", () -> users.create(form, "a long enough passphrase 1"), Roles.ADMIN);
        return username;
    }

    /** A new s47 case whose reference starts with {@code referencePrefix}, its audit assigned to the auditor. */
    void assign(String auditor, String referencePrefix, LocalDate due) {
        String reference = referencePrefix + System.nanoTime();
        long caseId = cases.add(AuditFixtures.s47Case(reference));
        long cycle = support.newCycle();
        as("lead", () -> audits.assign(List.of(new AuditAssignment(cycle, caseId, reference,
                "s47-enquiry", 1, auditor, null, true, due))), Roles.AUDIT_LEAD);
    }
}
