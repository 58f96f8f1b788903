package org.caseaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseaudit.audit.AuditFixtures.as;

import java.util.Map;
import java.util.function.LongConsumer;
import org.caseaudit.IntegrationTest;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Direct-object access (issue 10): every AuditService operation on one audit, asked by an auditor the audit is not
 * assigned to, is refused by the service itself (not only hidden by the UI), and nothing about the audit changes.
 */
@IntegrationTest
class DirectObjectAccessTest {

    @Autowired AuditService audits;
    @Autowired AuditTestSupport support;
    @Autowired JdbcTemplate jdbc;

    private String state(long auditId) {
        return jdbc.queryForObject("SELECT CONCAT(a.status, '/', a.version, '/', COALESCE(SUM(q.version), 0), '/',"
                + " COUNT(q.id)) FROM case_audit a LEFT JOIN audit_answer q ON q.case_audit_id = a.id WHERE a.id = ?"
                + " GROUP BY a.status, a.version", String.class, auditId);
    }

    @Test
    void an_auditor_is_refused_every_operation_on_an_audit_not_assigned_to_them() {
        long id = support.assign(support.newCycle(), "auditor", null);
        support.start(id, "auditor", Roles.AUDITOR);
        String before = state(id);

        Map<String, LongConsumer> operations = Map.of(
                "open", a -> audits.open(a),
                "saveAnswer", a -> audits.saveAnswer(a, new AnswerInput("chronology-on-file", "Yes", null,
                null, null, 0)),
                "answer", a -> audits.answer(a, "chronology-on-file"),
                "saveGrade", a -> audits.saveGrade(a, new GradeInput("Good", "r", "s", 0)),
                "submit", a -> audits.submit(a),
                "history", a -> audits.history(a, "chronology-on-file"));
        operations.forEach((name, operation) -> assertThatThrownBy(() -> as("auditor2", () -> {
            operation.accept(id);
            return null;
        }, Roles.AUDITOR)).as("%s by another auditor", name).isInstanceOf(AccessDeniedException.class));

        assertThat(state(id)).as("status, versions and answers after the refused calls").isEqualTo(before);
    }
}
