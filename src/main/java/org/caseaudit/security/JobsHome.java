package org.caseaudit.security;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.caseaudit.shared.HomeItem;
import org.caseaudit.shared.HomeSection;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Administrators: background jobs that failed in the last 7 days (scheduled reports, reminder emails), from the
 * audit trail, where each failure is recorded with an action ending in _FAILED.
 */
@Component
@Order(61)
class JobsHome implements HomeSection {

    static final int DAYS = 7;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    JobsHome(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.ADMIN);
    }

    @Override
    public String title() {
        return "Background jobs";
    }

    @Override
    public String nothing() {
        return "No background job failed in the last " + DAYS + " days.";
    }

    @Override
    public List<HomeItem> items() {
        LocalDateTime since = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(DAYS);
        return jdbc.query("""
                SELECT action, COUNT(*) FROM audit_event WHERE action LIKE '%\\_FAILED' AND occurred_at >= ?
                GROUP BY action ORDER BY action""", (rs, n) -> new HomeItem("failed-" + rs.getString(1).toLowerCase(),
                rs.getLong(2) + " failed: " + rs.getString(1).toLowerCase(java.util.Locale.UK).replace('_', ' ')
                        + " in the last " + DAYS + " days.", "Open the audit trail", "admin/audit-trail"), since);
    }
}
