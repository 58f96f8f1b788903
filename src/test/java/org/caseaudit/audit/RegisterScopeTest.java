package org.caseaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseaudit.audit.AuditFixtures.as;

import org.caseaudit.IntegrationTest;
import org.caseaudit.cases.CaseFilter;
import org.caseaudit.cases.CaseRegisterService;
import org.caseaudit.security.Roles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Least privilege in the register, per role: leads and administrators list it; auditors and moderators open only
 * the cases assigned to them (the test's own assignment) and cannot list the register at all.
 */
@IntegrationTest
class RegisterScopeTest {

    @Autowired CaseRegisterService register;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditTestSupport support;
    @Autowired TestCases cases;

    @ParameterizedTest(name = "{0} ({1}) lists the register: {2}")
    @CsvSource({"lead, AUDIT_LEAD, true", "admin, ADMIN, true", "auditor, AUDITOR, false",
            "moderator, MODERATOR, false"})
    void only_leads_and_administrators_list_the_register(String user, String role, boolean lists) {
        if (lists) {
            assertThat(as(user, () -> register.count(new CaseFilter(null, null, null, null, null, null)), role))
                    .isGreaterThanOrEqualTo(600);
            assertThat(as(user, () -> register.find(null, PageRequest.of(0, 5)), role)).hasSize(5);
        } else {
            assertThatThrownBy(() -> as(user, () -> register.find(null, PageRequest.of(0, 5)), role))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> register.teams(), role)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @ParameterizedTest(name = "{0} opens a case assigned to them, not another")
    @CsvSource({"auditor, AUDITOR", "moderator, MODERATOR"})
    void auditors_and_moderators_open_only_their_assigned_cases(String user, String role) {
        // this test's own cases: one assigned to the auditor and moderated by the moderator, one assigned to nobody
        long audit = support.assign(support.newCycle(), "auditor", "moderator");
        long mine = jdbc.queryForObject("SELECT case_id FROM case_audit WHERE id = ?", Long.class, audit);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_audit WHERE case_id = ? AND auditor = ?",
                Integer.class, mine, user)).as("the case is assigned to " + user).isPositive();
        long other = cases.add(AuditFixtures.s47Case("SCOPE-" + System.nanoTime()));

        assertThat(as(user, () -> register.openFacts(mine), role)).isPresent();
        int refusals = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'SERVICE_DENIED' "
                + "AND actor = ?", Integer.class, user);
        assertThatThrownBy(() -> as(user, () -> register.openFacts(other), role))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'SERVICE_DENIED' "
                + "AND actor = ?", Integer.class, user)).isEqualTo(refusals + 1);
        // leads open any case
        assertThat(as("lead", () -> register.openFacts(other), Roles.AUDIT_LEAD)).isPresent();
    }
}
