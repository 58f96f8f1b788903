package org.caseaudit.reports;

import java.util.function.Supplier;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.caseaudit.security.RunAs;
import org.springframework.stereotype.Component;

/**
 * Who reads the data of a report. Audit leads and administrators read as themselves. For panel viewers and independent
 * members, whose own roles rightly cannot read case-level records, the reports services first refuse the full
 * variant and then read through {@link #read} with the audit lead's read authority ({@link ReportPrivileges}, the
 * caller's name kept); the identifying records never leave the reports module except pseudonymised. Scheduled builds
 * read as
 * {@code scheduler}. Only the read calls of the report builders run this way; nothing here writes case data.
 */
@Component
class ReportIdentity {

    static final String SCHEDULER = "scheduler";

    private final CurrentUser currentUser;
    private final ReportPrivileges privileges;

    ReportIdentity(CurrentUser currentUser, ReportPrivileges privileges) {
        this.currentUser = currentUser;
        this.privileges = privileges;
    }

    /** Audit leads and administrators may have identifying outputs; everyone else only anonymised ones. */
    boolean mayIdentify() {
        return currentUser.hasRole(Roles.AUDIT_LEAD) || currentUser.hasRole(Roles.ADMIN);
    }

    <T> T read(Supplier<T> work) {
        if (mayIdentify()) {
            return work.get();
        }
        return privileges.readAsAuditLead(work);
    }

    static <T> T as(String name, Supplier<T> work) {
        return RunAs.as(name, work, Roles.AUDIT_LEAD);
    }
}
