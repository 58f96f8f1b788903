package org.caseaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseaudit.audit.AuditFixtures.as;

import java.time.LocalDate;
import org.caseaudit.IntegrationTest;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class QualitativeAuditServiceTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 18);

    @Autowired QualitativeAuditService qualitative;
    @Autowired AuditService audits;
    @Autowired AuditTestSupport support;
    @Autowired TestCases cases;
    @Autowired JdbcTemplate jdbc;

    private long give(long cycle, String reference, String member) {
        return as("lead", () -> qualitative.give(cycle, reference, "qualitative-decision-making", 1, member, DUE),
                Roles.AUDIT_LEAD);
    }

    @Test
    void the_lead_gives_a_member_a_qualitative_audit_of_a_case_named_by_its_reference_and_it_is_trailed() {
        long cycle = support.newCycle();
        long n = 96_000 + cycle;
        long caseId = cases.add(AuditFixtures.s47Case("QA-" + n));

        long id = give(cycle, "  qa-" + n + " ", "member");

        AuditSummary mine = as("member", () -> audits.myAudits(), Roles.INDEPENDENT_MEMBER).stream()
                .filter(a -> a.id() == id).findFirst().orElseThrow();
        assertThat(mine.caseId()).isEqualTo(caseId);
        assertThat(mine.caseReference()).as("the register's own spelling").isEqualTo("QA-" + n);
        assertThat(mine.templateId()).isEqualTo("qualitative-decision-making");
        assertThat(mine.dueDate()).isEqualTo(DUE);
        assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM audit_event WHERE action = 'AUDIT_ASSIGNED' AND target_id = ?",
                Integer.class, String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void a_case_of_the_register_is_found_by_its_whole_reference_in_any_case_never_by_a_prefix() {
        long cycle = support.newCycle();
        Long registered = jdbc.queryForObject(
                "SELECT id FROM case_record WHERE case_reference = 'CR0000372'", Long.class);

        long id = give(cycle, "cr0000372", "member");

        AuditSummary given = as("lead", () -> audits.cycleAudits(cycle), Roles.AUDIT_LEAD).stream()
                .filter(a -> a.id() == id).findFirst().orElseThrow();
        assertThat(given.caseId()).isEqualTo(registered);
        assertThat(given.caseReference()).isEqualTo("CR0000372");
        assertThatThrownBy(() -> give(cycle, "CR000037", "member")).isInstanceOf(AuditStateException.class)
                .hasMessageContaining("No case with the reference \u201cCR000037\u201d");
    }

    @Test
    void an_unknown_reference_a_non_member_and_a_case_the_cycle_already_audits_are_refused_by_name() {
        long cycle = support.newCycle();
        long sampled = support.assign(cycle, "auditor", null);
        String sampledReference = as("lead", () -> audits.cycleAudits(cycle), Roles.AUDIT_LEAD).stream()
                .filter(a -> a.id() == sampled).findFirst().orElseThrow().caseReference();

        assertThatThrownBy(() -> give(cycle, "NO-SUCH-CASE", "member")).isInstanceOf(AuditStateException.class)
                .hasMessage("No case with the reference \u201cNO-SUCH-CASE\u201d in the case register");
        assertThatThrownBy(() -> give(cycle, " ", "member")).hasMessage("Give the case reference");
        assertThatThrownBy(() -> give(cycle, sampledReference, "auditor")).isInstanceOf(AuditStateException.class)
                .hasMessageContaining("\u201cauditor\u201d is not an enabled independent member");
        assertThatThrownBy(() -> give(cycle, sampledReference, "member")).isInstanceOf(AuditStateException.class)
                .hasMessageContaining("already has an audit in this cycle");
        assertThatThrownBy(() -> as("auditor", () -> qualitative.give(cycle, sampledReference,
                "qualitative-decision-making", 1, "member", DUE), Roles.AUDITOR))
                .isInstanceOf(AccessDeniedException.class);
    }
}
