package org.caseaudit.reports;

import java.util.function.Supplier;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.caseaudit.security.RunAs;
import org.springframework.stereotype.Component;

/**
 * Reads report data with the audit lead's read access. A report's public method is the security boundary: it has
 * already checked the caller's role (and that panel viewers and independent members ask only for the anonymised
 * version), and the report builder removes what the caller may not see. The source services (sampling, audit,
 * findings) are closed to panel viewers because they return identified data; this lets the builder read them for an
 * anonymised report, and lets a scheduled job (no user) build the pack. The caller's name is kept, so every read the
 * source services record in the audit trail names the person who asked for the report.
 */
@Component
class ReportPrivileges {

    private final CurrentUser currentUser;

    ReportPrivileges(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    <T> T readAsAuditLead(Supplier<T> work) {
        return RunAs.as(currentUser.usernameOrSystem(), work, Roles.AUDIT_LEAD);
    }
}
