package org.caseaudit.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.caseaudit.DemoDataTest;
import org.caseaudit.audit.AuditFixtures;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CycleStatus;
import org.caseaudit.sampling.CycleSummary;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.SecondDemoCouncil;
import org.caseaudit.shared.ui.Formats;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * About the demo data ({@code @DemoDataTest}): a newcomer signing in as {@code partnership} finds a partnership of two
 * councils, the demo council (with its audited year) and Southvale (with its own administrator, audit lead, auditors,
 * register and three audited, moderated cycles on the same checklist version), so both have figures to compare.
 */
@DemoDataTest
class PartnershipDemoDataTest {

    @Autowired
    PartnershipService partnership;
    @Autowired
    PartnershipFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditCycleService cycleService;
    @Autowired
    Clock clock;

    @Test
    void the_demo_partnership_lead_compares_two_councils() {
        PartnershipSummary s = AuditFixtures.as("partnership", partnership::partnership, Roles.PARTNERSHIP_LEAD)
                .orElseThrow();
        assertThat(s.councils()).containsExactly("Northshire County Council", "Southvale Borough Council");
        // the page opens on the checklist version both councils audited with (not the member's qualitative one)
        assertThat(AuditFixtures.as("partnership", partnership::measures, Roles.PARTNERSHIP_LEAD).getFirst())
                .extracting(MeasureChoice::templateId, MeasureChoice::templateVersion).containsExactly(
                "s47-enquiry", 1);
        Comparison c = AuditFixtures.as("partnership", () -> partnership.compare("s47-enquiry", 1,
                "icpc-within-15-days", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)), Roles.PARTNERSHIP_LEAD);
        assertThat(c.rows()).extracting(Comparison.Row::council)
                .containsExactly("Northshire County Council", "Southvale Borough Council");
        Long southvale = jdbc.queryForObject("SELECT id FROM council WHERE code = 'SVB'", Long.class);
        assertThat(fixtures.councilsOf("lead2")).containsExactly(southvale);
        assertThat(fixtures.councilsOf("admin2")).containsExactly(southvale);
        for (String person : SecondDemoCouncil.AUDITORS) {
            assertThat(fixtures.councilsOf(person)).containsExactly(southvale);
        }
        assertThat(fixtures.councilsOf(SecondDemoCouncil.MODERATOR)).containsExactly(southvale);
    }

    @Test
    void southvale_has_a_register_and_audited_moderated_cycles_of_its_own() {
        long southvale = SecondDemoCouncil.id(jdbc).orElseThrow();
        // its register: its own references and teams, through the import engine
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_record WHERE council_id = ?", Integer.class,
                southvale)).isEqualTo(SecondDemoCouncil.CASES);
        assertThat(jdbc.queryForList("SELECT DISTINCT LEFT(case_reference, 2) FROM case_record WHERE council_id = ?",
                String.class, southvale)).containsExactly(SecondDemoCouncil.REFERENCE_PREFIX);
        assertThat(jdbc.queryForList("SELECT name FROM case_team WHERE council_id = ?", String.class, southvale))
                .isNotEmpty().allMatch(t -> SecondDemoCouncil.TEAMS.containsValue(t));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_record WHERE council_id <> ? AND case_reference"
                + " LIKE 'SV%'", Integer.class, southvale)).isZero();
        // and its teams are Southvale's, not the demo council's
        assertThat(jdbc.queryForList("SELECT name FROM team WHERE council_id <> ?", String.class, southvale))
                .noneMatch(t -> t.startsWith("Southvale"));

        // its cycles, seen by its audit lead: complete, the same checklist version as the demo council's
        List<CycleSummary> cycles = AuditFixtures.as("lead2", cycleService::list, Roles.AUDIT_LEAD);
        assertThat(cycles).hasSize(SecondDemoCouncil.CYCLES)
                .allSatisfy(c -> {
                    assertThat(c.name()).startsWith("Southvale S47 audit ");
                    assertThat(c.status()).isEqualTo(CycleStatus.COMPLETE);
                    assertThat(c.templateId()).isEqualTo("s47-enquiry");
                    assertThat(c.templateVersion()).isEqualTo(1);
                });
        // the demo council's lead sees none of them
        assertThat(AuditFixtures.as("lead", cycleService::list, Roles.AUDIT_LEAD))
                .extracting(CycleSummary::name).noneMatch(n -> n.startsWith("Southvale"));
        // moderated by Southvale's moderator, audited by Southvale's auditors only
        Set<String> people = new HashSet<>(SecondDemoCouncil.AUDITORS);
        people.add(SecondDemoCouncil.MODERATOR);
        assertThat(jdbc.queryForList("SELECT DISTINCT auditor FROM case_audit WHERE council_id = ?", String.class,
                southvale)).isNotEmpty().allMatch(people::contains);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_audit WHERE council_id = ? AND kind = 'MODERATION'"
                + " AND status NOT IN ('NOT_STARTED', 'IN_PROGRESS')", Integer.class, southvale)).isPositive();

        // so the partnership's comparison over the page's default period shows both councils' n, share and interval
        // on a key measure with enough findings in each council to pass disclosure control
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        Comparison c = AuditFixtures.as("partnership", () -> partnership.compare("s47-enquiry", 1,
                "chronology-on-file", today.withDayOfMonth(1).minusMonths(11), today), Roles.PARTNERSHIP_LEAD);
        assertThat(c.rows()).hasSize(2).allSatisfy(r -> {
            assertThat(r.audited()).matches("\\d+");
            assertThat(Integer.parseInt(r.audited())).isGreaterThanOrEqualTo(10);
            assertThat(r.interval()).isNotEmpty();
        });
        assertThat(c.rows().get(1).cycles()).isEqualTo(SecondDemoCouncil.CYCLES);
        assertThat(c.plotShown()).isTrue();
    }
}
