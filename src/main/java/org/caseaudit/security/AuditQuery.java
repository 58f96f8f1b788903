package org.caseaudit.security;

import java.time.LocalDate;

/** Filters for searching the audit trail; null or blank means "any". Dates are days in Europe/London, inclusive. */
public record AuditQuery(LocalDate from, LocalDate to, String actor, String action, String target) {

    public static AuditQuery any() {
        return new AuditQuery(null, null, null, null, null);
    }
}
