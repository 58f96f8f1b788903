package org.caseaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseaudit.audit.AuditFixtures.as;

import java.util.List;
import org.caseaudit.IntegrationTest;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Grades per domain are the answers to the graded sections' grade questions, per audit and per cycle. */
@IntegrationTest
class DomainGradesTest {

    @Autowired DomainGrades domainGrades;
    @Autowired PracticeFixtures fixtures;
    @Autowired AuditTestSupport support;

    @Test
    void the_grades_of_the_child_experience_and_impact_domains_are_read_per_cycle_in_section_order() {
        long cycle = fixtures.cycle("Domain grades");
        long first = fixtures.audit(cycle, "auditor");
        long second = fixtures.audit(cycle, "auditor");
        fixtures.answer(first, "auditor", "impact-grade", "Requires improvement to be good");
        fixtures.answer(first, "auditor", "child-experience-grade", "Good");
        fixtures.answer(second, "auditor", "child-experience-grade", "Inadequate");

        List<DomainGrade> rows = as("lead", () -> domainGrades.forCycles(List.of(cycle)), Roles.AUDIT_LEAD);

        assertThat(rows).extracting(DomainGrade::auditId, DomainGrade::domainId, DomainGrade::grade, DomainGrade::rank)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(first, "child-experience-grade", "Good", 2),
                        org.assertj.core.groups.Tuple.tuple(first, "impact-grade",
                        "Requires improvement to be good", 3),
                        org.assertj.core.groups.Tuple.tuple(second, "child-experience-grade", "Inadequate", 4),
                        org.assertj.core.groups.Tuple.tuple(second, "impact-grade", null, 0));
        assertThat(rows.getFirst().domainTitle()).isEqualTo("The child seen and heard — lived experience");
        assertThat(rows.getFirst().rationale()).isEqualTo("Rationale: Good");
        assertThat(as("auditor", () -> domainGrades.forAudit(second), Roles.AUDITOR)).hasSize(2);
    }

    @Test
    void an_audit_on_a_template_version_without_domains_has_no_domain_grades() {
        long cycle = fixtures.cycle("No domains");
        long audit = support.assign(cycle, "auditor", null); // version 1 of the S47 template
        support.start(audit, "auditor", Roles.AUDITOR);

        assertThat(as("lead", () -> domainGrades.forAudit(audit), Roles.AUDIT_LEAD)).isEmpty();
    }
}
