package org.caseaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseaudit.audit.AuditFixtures.as;

import java.util.List;
import org.caseaudit.IntegrationTest;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Collaborative audits on MariaDB: the cycle's mode and the audit's override, presence, reflection, agreement. */
@IntegrationTest
class CollaborativeAuditServiceTest {

    @Autowired CollaborativeAuditService service;
    @Autowired PracticeFixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    private static CollaborationInput present(String wentWell, long version) {
        return new CollaborationInput("Sam Worker", "Social worker", "Terry Manager", "Team manager", wentWell,
                "Record the child's words", "Thank you for meeting", version);
    }

    @Test
    void a_cycle_set_collaborative_makes_its_audits_collaborative_unless_an_audit_overrides_it() {
        long cycle = fixtures.cycle("Collaborative mode");
        long first = fixtures.audit(cycle, "auditor");
        long second = fixtures.audit(cycle, "auditor");
        assertThat(as("auditor", () -> service.collaboration(first), Roles.AUDITOR).collaborative()).isFalse();

        as("lead", () -> {
            service.setCycleCollaborative(cycle, true);
            return null;
        }, Roles.AUDIT_LEAD);
        as("auditor", () -> service.setAuditMode(second, false), Roles.AUDITOR);

        assertThat(as("auditor", () -> service.collaboration(first), Roles.AUDITOR).collaborative()).isTrue();
        assertThat(as("auditor", () -> service.collaboration(second), Roles.AUDITOR).collaborative()).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'CYCLE_COLLABORATIVE_MODE'"
                + " AND target_id = ?", Integer.class, String.valueOf(cycle))).isEqualTo(1);
    }

    @Test
    void presence_reflection_and_agreement_are_stored_and_a_new_grade_makes_the_agreement_stale() {
        long cycle = fixtures.cycle("Collaborative record");
        long audit = fixtures.audit(cycle, "auditor");
        as("auditor", () -> service.setAuditMode(audit, true), Roles.AUDITOR);
        fixtures.grade(audit, "auditor", "Good");

        Collaboration recorded = as("auditor", () -> service.record(audit,
                present("Saw the child alone twice", service.collaboration(audit).version())), Roles.AUDITOR);
        Collaboration agreed = as("auditor", () -> service.recordAgreement(audit, GradeAgreement.DISAGREES,
                "The impact on the child was better than graded", recorded.version()), Roles.AUDITOR);

        assertThat(agreed.practitionerName()).isEqualTo("Sam Worker");
        assertThat(agreed.wentWell()).isEqualTo("Saw the child alone twice");
        assertThat(agreed.agreement()).isEqualTo(GradeAgreement.DISAGREES);
        assertThat(agreed.agreedGrade()).isEqualTo("Good");
        assertThat(agreed.agreementCurrent()).isTrue();
        assertThat(as("lead", () -> service.summaries(List.of(cycle)), Roles.AUDIT_LEAD))
                .containsExactly(new CollaborationSummary(cycle, 1, 1, 1, 1, 0, 1));

        fixtures.grade(audit, "auditor", "Requires improvement to be good");
        assertThat(as("auditor", () -> service.collaboration(audit), Roles.AUDITOR).agreementCurrent()).isFalse();
        assertThat(as("lead", () -> service.summaries(List.of(cycle)), Roles.AUDIT_LEAD).getFirst().disagreed())
                .isZero();
    }

    @Test
    void a_stale_version_is_refused_and_nothing_changes() {
        long cycle = fixtures.cycle("Collaborative lock");
        long audit = fixtures.audit(cycle, "auditor");
        Collaboration on = as("auditor", () -> service.setAuditMode(audit, true), Roles.AUDITOR);
        as("auditor", () -> service.record(audit, present("First", on.version())), Roles.AUDITOR);

        assertThatThrownBy(() -> as("auditor", () -> service.record(audit, present("Second", on.version())),
                Roles.AUDITOR)).isInstanceOf(AuditStateException.class).hasMessageContaining("changed elsewhere");
        assertThat(as("auditor", () -> service.collaboration(audit), Roles.AUDITOR).wentWell()).isEqualTo("First");
    }

    @Test
    void a_not_collaborative_audit_refuses_a_reflection_and_another_auditor_cannot_read_it() {
        long cycle = fixtures.cycle("Collaborative refusals");
        long audit = fixtures.audit(cycle, "auditor");

        assertThatThrownBy(() -> as("auditor", () -> service.record(audit, present("Went well", 0)), Roles.AUDITOR))
                .isInstanceOf(AuditStateException.class).hasMessageContaining("not collaborative");
        assertThatThrownBy(() -> as("moderator", () -> service.collaboration(audit), Roles.AUDITOR))
                .isInstanceOf(AccessDeniedException.class);
    }
}
