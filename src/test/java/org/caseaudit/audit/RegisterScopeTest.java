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
 * the cases assigned to them (demo data) and cannot list the register at all.
 */
@IntegrationTest
class RegisterScopeTest {

    @Autowired CaseRegisterService register;
    @Autowired JdbcTemplate jdbc;

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
        long mine = jdbc.queryForObject("SELECT MIN(case_id) FROM case_audit WHERE auditor = ?", Long.class, user);
        long other = jdbc.queryForObject("SELECT MIN(id) FROM case_record WHERE id NOT IN "
                + "(SELECT case_id FROM case_audit WHERE auditor = ?)", Long.class, user);

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
