package org.caseaudit.security;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.caseaudit.shared.HomeItem;
import org.caseaudit.shared.HomeSection;
import org.springframework.core.annotation.Order;
import org.caseaudit.shared.council.CurrentCouncil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Administrators: background jobs that failed in the last 7 days (scheduled reports, reminder emails), from the
 * audit trail, where each failure is recorded with an action ending in _FAILED.
 */
@Configuration(proxyBeanMethods = false)
class JobsHome {

    static final int DAYS = 7;

    @Bean
    @Order(61)
    HomeSection failedJobs(JdbcTemplate jdbc, Clock clock, CurrentCouncil council) {
        return HomeSection.of(Set.of(Roles.ADMIN), "Background jobs",
                "No background job failed in the last " + DAYS + " days.", () -> items(jdbc, clock, council.id()));
    }

    static List<HomeItem> items(JdbcTemplate jdbc, Clock clock, long councilId) {
        LocalDateTime since = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(DAYS);
        return jdbc.query("""
                SELECT action, COUNT(*) FROM audit_event WHERE council_id = ? AND action LIKE '%\\_FAILED' AND occurred_at >= ?
                GROUP BY action ORDER BY action""", (rs, n) -> new HomeItem("failed-" + rs.getString(1).toLowerCase(),
                rs.getLong(2) + " failed: " + rs.getString(1).toLowerCase(java.util.Locale.UK).replace('_', ' ')
                        + " in the last " + DAYS + " days.", "Open the audit trail", "admin/audit-trail"),
                        councilId, since);
    }
}
