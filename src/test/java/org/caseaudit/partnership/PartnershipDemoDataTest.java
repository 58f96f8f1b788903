package org.caseaudit.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.caseaudit.DemoDataTest;
import org.caseaudit.audit.AuditFixtures;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * About the demo data ({@code @DemoDataTest}): a newcomer signing in as {@code partnership} finds a partnership of two
 * councils, the demo council (with its audited year) and Southvale (with its own administrator and audit lead).
 */
@DemoDataTest
class PartnershipDemoDataTest {

    @Autowired
    PartnershipService partnership;
    @Autowired
    PartnershipFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_demo_partnership_lead_compares_two_councils() {
        PartnershipSummary s = AuditFixtures.as("partnership", partnership::partnership, Roles.PARTNERSHIP_LEAD)
                .orElseThrow();
        assertThat(s.councils()).containsExactly("Demo council", "Southvale Borough Council");
        Comparison c = AuditFixtures.as("partnership", () -> partnership.compare("s47-enquiry", 1,
                "icpc-within-15-days", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)), Roles.PARTNERSHIP_LEAD);
        assertThat(c.rows()).extracting(Comparison.Row::council)
                .containsExactly("Demo council", "Southvale Borough Council");
        Long southvale = jdbc.queryForObject("SELECT id FROM council WHERE code = 'SVB'", Long.class);
        assertThat(fixtures.councilsOf("lead2")).containsExactly(southvale);
        assertThat(fixtures.councilsOf("admin2")).containsExactly(southvale);
    }
}
