package org.caseaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.caseaudit.audit.AuditFixtures.as;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.caseaudit.IntegrationTest;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The answer history kept by the database (system versioning, migration V15) together with what Hibernate Envers kept
 * before it, and saves made where the answer is already loaded in the same transaction.
 */
@IntegrationTest
class AnswerHistoryTest {

    private static final String QUESTION = "chronology-on-file";

    @Autowired AuditService audits;
    @Autowired AuditTestSupport support;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    private AnswerState save(long id, String value, String note, long version) {
        return as("auditor", () -> audits.saveAnswer(id, new AnswerInput(QUESTION, value, note, null, null, version)),
                Roles.AUDITOR);
    }

    /** The database server's time: system-versioned periods come from its clock, not the application's. */
    private Instant databaseNow() {
        java.math.BigDecimal seconds = jdbc.queryForObject("SELECT UNIX_TIMESTAMP(NOW(6))", java.math.BigDecimal.class);
        return Instant.ofEpochSecond(seconds.longValue(),
                seconds.remainder(java.math.BigDecimal.ONE).movePointRight(9).longValue());
    }

    @Test
    void every_committed_version_is_kept_by_the_database_whoever_writes_the_row() {
        Instant before = databaseNow();
        long id = support.assign(support.newCycle(), "auditor", null);
        AnswerState created = as("auditor", () -> audits.open(id), Roles.AUDITOR).answersByQuestion().get(QUESTION);
        Instant opened = databaseNow();
        AnswerState first = save(id, "No", "Chronology missing", created.version());
        // a write that bypasses the application altogether still leaves its version behind
        jdbc.update("UPDATE audit_answer SET answer_value = 'Yes', version = version + 1, updated_by = 'dba'"
                + " WHERE case_audit_id = ? AND question_key = ?", id, QUESTION);

        List<AnswerHistoryEntry> history = as("lead", () -> audits.history(id, QUESTION), Roles.AUDIT_LEAD);

        assertThat(history).extracting(AnswerHistoryEntry::version, AnswerHistoryEntry::change, AnswerHistoryEntry::by,
                AnswerHistoryEntry::value).containsExactly(
                        tuple(0L, "created", null, null),
                        tuple(1L, "changed", "auditor", "No"),
                        tuple(2L, "changed", "dba", "Yes"));
        // the created version has no saver; its time is when the database created the row (the server's clock)
        assertThat(history.get(0).at()).isBetween(before.minusSeconds(2), opened.plusSeconds(2));
        assertThat(history.get(1).at()).isEqualTo(first.updatedAt());
        assertThat(history.get(1).evidenceNote()).isEqualTo("Chronology missing");
    }

    @Test
    void versions_kept_by_envers_before_the_upgrade_come_first_and_the_row_they_share_is_listed_once() {
        long id = support.assign(support.newCycle(), "auditor", null);
        AnswerState created = as("auditor", () -> audits.open(id), Roles.AUDITOR).answersByQuestion().get(QUESTION);
        AnswerState one = save(id, "No", "first", created.version());
        AnswerState two = save(id, "Partly", "second", one.version());
        save(id, "Yes", "third", two.version());
        // as if versions 0 and 1 had been saved before V15: Envers kept them, and the system history began with the
        // row as it then stood (version 1), so the server's versions 0 and 1 duplicate what Envers holds
        long answerId = jdbc.queryForObject("SELECT id FROM audit_answer WHERE case_audit_id = ? AND question_key = ?",
                Long.class, id, QUESTION);
        envers(answerId, id, 0, "lead", LocalDateTime.of(2026, 3, 2, 9, 0), null, null);
        envers(answerId, id, 1, "auditor", LocalDateTime.of(2026, 3, 2, 10, 30), "No", "before the upgrade");

        List<AnswerHistoryEntry> history = as("lead", () -> audits.history(id, QUESTION), Roles.AUDIT_LEAD);

        assertThat(history).extracting(AnswerHistoryEntry::version, AnswerHistoryEntry::change, AnswerHistoryEntry::by,
                AnswerHistoryEntry::value, AnswerHistoryEntry::evidenceNote).containsExactly(
                        tuple(0L, "created", "lead", null, null),
                        tuple(1L, "changed", "auditor", "No", "before the upgrade"),
                        tuple(2L, "changed", "auditor", "Partly", "second"),
                        tuple(3L, "changed", "auditor", "Yes", "third"));
        assertThat(history.get(1).at()).isEqualTo(LocalDateTime.of(2026, 3, 2, 10, 30).toInstant(
                java.time.ZoneOffset.UTC));
    }

    @Test
    void a_save_is_seen_by_the_same_transaction_that_had_already_loaded_the_answer() {
        long id = support.assign(support.newCycle(), "auditor", null);
        String seen = as("auditor", () -> new TransactionTemplate(transactions).execute(status -> {
            AnswerState before = audits.open(id).answersByQuestion().get(QUESTION);
            audits.saveAnswer(id, new AnswerInput(QUESTION, "Partly", "Stops in May", null, null, before.version()));
            return audits.open(id).answersByQuestion().get(QUESTION).value();
        }), Roles.AUDITOR);

        assertThat(seen).isEqualTo("Partly");
    }

    @Test
    void a_save_sees_what_its_callers_transaction_changed_before_it() {
        long id = support.assign(support.newCycle(), "auditor", null);
        support.answerAll(id, "auditor", "Yes", "Good", Roles.AUDITOR);
        AuditFixtures.asRun("auditor", () -> audits.submit(id), Roles.AUDITOR);
        long version = as("auditor", () -> audits.answer(id, QUESTION), Roles.AUDITOR).version();

        // one transaction: the lead reopens the audit (a change Hibernate holds until it flushes), then it is answered
        AnswerState saved = new TransactionTemplate(transactions).execute(status -> {
            AuditFixtures.asRun("lead", () -> audits.reopen(id, "Chronology to be checked again"), Roles.AUDIT_LEAD);
            return as("auditor", () -> audits.saveAnswer(id, new AnswerInput(QUESTION, "Partly", "Stops in May", null,
                    null, version)), Roles.AUDITOR);
        });

        assertThat(saved.version()).isEqualTo(version + 1);
        assertThat(as("auditor", () -> audits.answer(id, QUESTION), Roles.AUDITOR).value()).isEqualTo("Partly");
    }

    private void envers(long answerId, long auditId, int revType, String user, LocalDateTime at, String value,
            String note) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
        jdbc.update("INSERT INTO audit_revision (revision_at, username) VALUES (?, ?)", Timestamp.valueOf(at), user);
        long rev = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        jdbc.update("""
                INSERT INTO audit_answer_history (id, rev, rev_type, case_audit_id, question_key, position,
                    answer_value, evidence_note, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?)""",
                answerId, rev, revType, auditId, QUESTION, value, note, Timestamp.valueOf(at),
                revType == 0 ? null : user);
        });
    }
}
