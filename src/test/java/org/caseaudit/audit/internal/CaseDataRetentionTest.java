package org.caseaudit.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.caseaudit.IntegrationTest;
import org.caseaudit.audit.AuditService;
import org.caseaudit.audit.AuditTestSupport;
import org.caseaudit.audit.RetentionPreview;
import org.caseaudit.audit.TestCases;
import org.springframework.context.ApplicationEventPublisher;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case-data retention on MariaDB (decision 0010). Seeds its own cases (TestCases) and audits (AuditTestSupport,
 * through AuditService); the cycles are written with SQL because their dates are what the test is about, and the
 * register rows are aged with SQL like the trail's retention test ages its entries. The run is tried with the
 * application's clock and again with the clock moved seven months on.
 */
@IntegrationTest
class CaseDataRetentionTest {

    private static final AtomicLong CYCLE = new AtomicLong(30_000);
    private static final String REMOVED = CaseDataRetentionRunner.REMOVED;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    AuditService audits;
    @Autowired
    ApplicationEventPublisher trail;
    @Autowired
    Clock clock;
    @Autowired
    CaseDataRetentionRunner retention;
    @Autowired
    org.caseaudit.shared.council.CurrentCouncil council;
    @Autowired
    org.caseaudit.sampling.AuditCycleService auditCycles;

    private AuditTestSupport support;
    private LocalDate today;
    private final java.util.List<Long> cycles = new java.util.ArrayList<>();

    /**
     * The test's cycles carry no frame or design (only their dates and status matter here): they go afterwards so that
     * the views of later tests, which read every cycle's design, never meet them. Their audits stay, like those of
     * AuditTestSupport's cycles that have no row at all.
     */
    @AfterEach
    void removeCycles() {
        cycles.forEach(id -> jdbc.update("DELETE FROM audit_cycle WHERE id = ?", id));
        cycles.clear();
    }

    @BeforeEach
    void setUp() {
        support = new AuditTestSupport(audits, new TestCases(jdbc, new TransactionTemplate(transactions)),
                auditCycles);
        today = LocalDate.now(clock);
    }

    private long cycle(String status, LocalDate ended) {
        long id = CYCLE.incrementAndGet() + System.nanoTime() % 1000 * 100;
        jdbc.update("""
                INSERT INTO audit_cycle (id, name, template_key, template_version, period_start, period_end, due_date,
                                         status, frame_definition, sample_design, created_by, created_at, updated_by,
                                         updated_at)
                VALUES (?, ?, 's47-enquiry', 1, ?, ?, NULL, ?, '{}', '{}', 'test', NOW(6), 'test', NOW(6))""",
                id, "Retention test " + id, Date.valueOf(ended.minusMonths(1)), Date.valueOf(ended), status);
        cycles.add(id);
        return id;
    }

    private long answeredAudit(long cycle) {
        long audit = support.assign(cycle, "auditor1", null);
        support.answerAll(audit, "auditor1", "No", "Good", Roles.AUDITOR);
        jdbc.update("UPDATE case_audit SET status = 'CLOSED' WHERE id = ?", audit);
        jdbc.update(
                "INSERT INTO audit_reply (case_audit_id, author, written_at, reply_text) VALUES (?, 'manager1', NOW(6),"
                + " 'We have spoken to the worker about the chronology')", audit);
        return audit;
    }

    /**
     * The practice records of V40_1 for an audit: a collaborative record with every free-text field and a
     * disagreement, two feedback links (one answered with a comment, one answered without) and one link unanswered.
     */
    private void practiceRecords(long audit, long cycle) {
        jdbc.update("""
                INSERT INTO audit_collaboration (case_audit_id, collaborative_override, practitioner_name,
                    practitioner_role, manager_name, manager_role, went_well, do_differently, agreement, agreed_grade,
                    disagreement_reason, agreement_recorded_at, feedback_to_practitioner, updated_by, updated_at)
                VALUES (?, TRUE, 'Sam Worker', 'Social worker', 'Terry Manager', 'Team manager',
                    'Saw the child alone twice', 'Record the child''s words', 'DISAGREES', 'Good',
                    'The impact on the child was better than graded', NOW(6), 'Thank you for meeting', 'auditor1',
                    NOW(6))""", audit);
        link(audit, cycle, "The worker listened to our son");
        link(audit, cycle, null);
        jdbc.update("""
                INSERT INTO family_feedback_link (case_audit_id, cycle_id, respondent, token_hash, issued_by, issued_at,
                    expires_at) VALUES (?, ?, 'PARENT', SHA2(UUID(), 256), 'auditor1', NOW(6), NOW(6) + INTERVAL 1 DAY)""",
                audit, cycle);
    }

    private void link(long audit, long cycle, String comments) {
        jdbc.update("""
                INSERT INTO family_feedback_link (case_audit_id, cycle_id, respondent, token_hash, issued_by, issued_at,
                    expires_at, used_at) VALUES (?, ?, 'PARENT', SHA2(UUID(), 256), 'auditor1', NOW(6), NOW(6), NOW(6))""",
                audit, cycle);
        jdbc.update("""
                INSERT INTO family_feedback_answer (link_id, case_audit_id, listened_to, understood, made_difference,
                    comments, answered_at) VALUES (LAST_INSERT_ID(), ?, 'YES', 'MOSTLY', 'NOT_REALLY', ?, NOW(6))""",
                audit, comments);
    }

    /**
     * The collaborative record's free text. Read with the test's SQL: CollaborativeAuditService and
     * FamilyFeedbackService do not name council_id yet, so the statement guard (decision 0012) refuses their reads.
     */
    private java.util.List<Object> collaborationText(long audit) {
        return new java.util.ArrayList<>(jdbc.queryForMap("""
                SELECT practitioner_name, practitioner_role, manager_name, manager_role, went_well, do_differently,
                       disagreement_reason, feedback_to_practitioner
                  FROM audit_collaboration WHERE case_audit_id = ?""", audit).values());
    }

    private java.util.List<String> familyComments(long audit) {
        return jdbc.queryForList("SELECT comments FROM family_feedback_answer WHERE case_audit_id = ? ORDER BY id",
                String.class, audit);
    }

    /**
     * What FamilyFeedbackService.responseRates (links sent, answered) and CollaborativeAuditService.summaries
     * (practitioner present, reflection recorded, agreement) count for a cycle, by their own conditions.
     */
    private Map<String, Object> practiceFigures(long cycle) {
        Map<String, Object> figures = new java.util.TreeMap<>(jdbc.queryForMap("""
                SELECT COUNT(*) AS sent, SUM(used_at IS NOT NULL) AS answered
                  FROM family_feedback_link WHERE cycle_id = ?""", cycle));
        figures.putAll(jdbc.queryForMap("""
                SELECT SUM(c.practitioner_name IS NOT NULL) AS present,
                       SUM(c.went_well IS NOT NULL OR c.do_differently IS NOT NULL) AS reflected,
                       SUM(c.agreement = 'DISAGREES') AS disagreed, COUNT(f.id) AS answers,
                       SUM(f.listened_to = 'YES') AS listened
                  FROM case_audit a LEFT JOIN audit_collaboration c ON c.case_audit_id = a.id
                  LEFT JOIN family_feedback_answer f ON f.case_audit_id = a.id
                 WHERE a.cycle_id = ?""", cycle));
        return figures;
    }

    private long caseOf(long audit) {
        return jdbc.queryForObject("SELECT case_id FROM case_audit WHERE id = ?", Long.class, audit);
    }

    /** Moves every date of a register row back by {@code years}, as if the case had last changed then. */
    private void age(long caseId, int years) {
        jdbc.update("""
                UPDATE case_record SET referral_date = referral_date - INTERVAL ? YEAR,
                       referral_decision_date = referral_decision_date - INTERVAL ? YEAR,
                       s47_start_date = s47_start_date - INTERVAL ? YEAR, s47_end_date = s47_end_date - INTERVAL ? YEAR,
                       icpc_date = icpc_date - INTERVAL ? YEAR, cfa_start_date = cfa_start_date - INTERVAL ? YEAR,
                       consent_sought_date = consent_sought_date - INTERVAL ? YEAR,
                       chronology_updated_date = chronology_updated_date - INTERVAL ? YEAR,
                       referrer_informed_date = referrer_informed_date - INTERVAL ? YEAR,
                       created_at = created_at - INTERVAL ? YEAR, updated_at = updated_at - INTERVAL ? YEAR,
                       last_import_id = NULL
                 WHERE id = ?""", years, years, years, years, years, years, years, years, years, years, years, caseId);
    }

    private long unnamedCase(int agedYears) {
        long audit = support.assign(support.newCycle(), "auditor1", null);
        long caseId = caseOf(audit);
        jdbc.update("DELETE FROM audit_answer WHERE case_audit_id = ?", audit);
        jdbc.update("DELETE FROM case_audit WHERE id = ?", audit);
        if (agedYears > 0) {
            age(caseId, agedYears);
        }
        return caseId;
    }

    private Map<String, String> answers(long audit) {
        return jdbc.queryForList(
                "SELECT question_key, COALESCE(answer_value, '') AS v FROM audit_answer WHERE case_audit_id = ?",
                audit).stream().collect(Collectors.toMap(r -> (String) r.get("question_key"), r -> (
                String) r.get("v")));
    }

    private long freeTextVersions(long audit) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM audit_answer FOR SYSTEM_TIME ALL WHERE case_audit_id = ?
                   AND (evidence_note IS NOT NULL OR file_reference IS NOT NULL OR override_reason IS NOT NULL)""",
                Long.class, audit);
    }

    @Test
    void expired_register_rows_are_deleted_or_anonymised_and_audit_text_goes_once_the_clock_passes_its_period() {
        long past = cycle("COMPLETE", today.minusMonths(30));
        long open = cycle("IN_PROGRESS", today.minusMonths(40));
        long expiredAudit = answeredAudit(past);
        long openAudit = answeredAudit(open);
        age(caseOf(expiredAudit), 4);
        age(caseOf(openAudit), 4);
        long oldUnnamed = unnamedCase(4);
        long recentUnnamed = unnamedCase(0);
        practiceRecords(expiredAudit, past);
        practiceRecords(openAudit, open);
        Map<String, Object> figuresBefore = practiceFigures(past);
        Map<String, String> answersBefore = answers(expiredAudit);
        String gradeBefore = jdbc.queryForObject("SELECT overall_grade FROM case_audit WHERE id = ?",
                String.class, expiredAudit);
        assertThat(freeTextVersions(expiredAudit)).isPositive();

        // With the application's clock: the register is past its 24 months, the cycle's text not yet past its 36.
        RetentionPreview preview = retention.preview();
        RetentionPreview first = retention.run();
        assertThat(first.registerDeleted()).isEqualTo(preview.registerDeleted()).isGreaterThanOrEqualTo(1);
        assertThat(first.registerAnonymised()).isEqualTo(preview.registerAnonymised()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_record WHERE id = ?", Long.class,
                oldUnnamed)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_record WHERE id = ?", Long.class,
                recentUnnamed)).isOne();
        assertThat(jdbc.queryForMap("SELECT child_reference, social_worker, team_manager, referral_source, team,"
                + " icpc_date FROM case_record WHERE id = ?", caseOf(expiredAudit)))
                .containsEntry("child_reference", "removed-" + caseOf(expiredAudit))
                .containsEntry("social_worker", null).containsEntry("team_manager", null)
                .containsEntry("referral_source", null).containsEntry("team", "North Assessment Team")
                .containsEntry("icpc_date", Date.valueOf(LocalDate.of(2022, 3, 26)));
        assertThat(jdbc.queryForObject("SELECT child_reference FROM case_record WHERE id = ?", String.class,
                caseOf(openAudit))).as("a case of a cycle still in progress").doesNotStartWith("removed-");
        assertThat(freeTextVersions(expiredAudit)).as("30 months after the cycle").isPositive();
        assertThat(collaborationText(expiredAudit)).as("30 months after the cycle")
                .contains("Saw the child alone twice").doesNotContain(REMOVED);
        assertThat(familyComments(expiredAudit)).as("30 months after the cycle")
                .contains("The worker listened to our son");

        // Seven months on, the cycle's text is past its 36 months.
        CaseDataRetentionRunner later = new CaseDataRetentionRunner(jdbc, transactions, trail,
                Clock.offset(clock, Duration.ofDays(7 * 31)), council);
        RetentionPreview laterPreview = later.preview();
        RetentionPreview second = later.run();
        assertThat(second.auditsAnonymised()).isEqualTo(laterPreview.auditsAnonymised()).isGreaterThanOrEqualTo(1);
        assertThat(second.repliesCleared()).isGreaterThanOrEqualTo(1);
        assertThat(second.collaborationsCleared()).isEqualTo(laterPreview.collaborationsCleared())
                .isGreaterThanOrEqualTo(1);
        assertThat(second.feedbackCommentsCleared()).isEqualTo(laterPreview.feedbackCommentsCleared())
                .isGreaterThanOrEqualTo(1);
        assertThat(second.registerDeleted()).as("nothing left to delete").isZero();
        assertThat(freeTextVersions(expiredAudit)).as("no version of the answers keeps the text").isZero();
        assertThat(answers(expiredAudit)).as("answers stay for the figures").isEqualTo(answersBefore);
        assertThat(jdbc.queryForObject(
                "SELECT MIN(row_start) FROM audit_answer WHERE case_audit_id = ? AND answer_value"
                + " IS NOT NULL", String.class, expiredAudit)).startsWith("1970-01-01");
        assertThat(jdbc.queryForMap("SELECT overall_grade, grade_rationale, strengths FROM case_audit WHERE id = ?",
                expiredAudit)).containsEntry("overall_grade", gradeBefore).containsEntry("grade_rationale", null)
                .containsEntry("strengths", null);
        assertThat(jdbc.queryForList("SELECT reply_text FROM audit_reply WHERE case_audit_id = ?", String.class,
                expiredAudit)).containsOnly(REMOVED);
        assertThat(freeTextVersions(openAudit)).as("an audit of a cycle in progress").isPositive();
        assertThat(jdbc.queryForObject("SELECT detail FROM audit_event WHERE action = 'CASE_DATA_RETENTION' ORDER BY id"
                + " DESC LIMIT 1", String.class)).contains(second.auditsAnonymised() + " anonymised")
                .contains(second.collaborationsCleared() + " collaborative records and "
                        + second.feedbackCommentsCleared() + " family comments cleared")
                .contains("retention: register 24 months, audit text 36 months");

        // The practice records: every text is the marker, what was empty stays empty; the figures are unchanged.
        assertThat(collaborationText(expiredAudit)).hasSize(8).containsOnly(REMOVED);
        assertThat(jdbc.queryForMap("SELECT agreement, agreed_grade FROM audit_collaboration WHERE case_audit_id = ?",
                expiredAudit)).containsEntry("agreement", "DISAGREES").containsEntry("agreed_grade", "Good");
        assertThat(familyComments(expiredAudit)).containsExactly(REMOVED, null);
        assertThat(practiceFigures(past)).as("response rates and collaboration counts of the cycle")
                .isEqualTo(figuresBefore).containsEntry("sent", 3L);
        assertThat(collaborationText(openAudit)).as("an audit of a cycle in progress")
                .contains("Saw the child alone twice").doesNotContain(REMOVED);
        assertThat(familyComments(openAudit)).as("an audit of a cycle in progress")
                .containsExactly("The worker listened to our son", null);
    }

    @Test
    void the_database_refuses_to_anonymise_an_audit_of_a_cycle_in_progress_or_to_hide_an_answer_change() {
        long open = cycle("IN_PROGRESS", today.minusMonths(40));
        long recent = cycle("COMPLETE", today.minusMonths(2));
        long openAudit = answeredAudit(open);
        long recentAudit = answeredAudit(recent);
        practiceRecords(recentAudit, recent);
        for (long audit : new long[] {openAudit, recentAudit}) {
            assertThatThrownBy(() -> jdbc.update("CALL case_audit_anonymise(?, @a, @r)", audit))
                    .hasMessageContaining("not complete or ended less than 12 months ago");
            assertThatThrownBy(() -> jdbc.update("CALL case_audit_practice_anonymise(?, @a, @r)", audit))
                    .hasMessageContaining("not complete or ended less than 12 months ago");
        }
        assertThatThrownBy(() -> jdbc.execute((ConnectionCallback<Object>) c -> {
            try (Statement st = c.createStatement()) {
                st.execute("SET @caseaudit_case_retention_audit = " + recentAudit);
                try {
                    st.executeUpdate("UPDATE family_feedback_answer SET comments = '" + REMOVED
                            + "' WHERE case_audit_id = " + recentAudit);
                } finally {
                    st.execute("SET @caseaudit_case_retention_audit = NULL");
                }
            }
            return null;
        })).as("an audit whose cycle ended two months ago").hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_reply SET reply_text = ? WHERE case_audit_id = ?", REMOVED,
                recentAudit)).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute((ConnectionCallback<Object>) c -> {
            try (Statement st = c.createStatement()) {
                st.execute("SET timestamp = 1");
                try {
                    st.executeUpdate("UPDATE audit_answer SET evidence_note = NULL, file_reference = NULL,"
                            + " override_reason = NULL WHERE case_audit_id = " + recentAudit);
                } finally {
                    st.execute("SET timestamp = DEFAULT");
                }
            }
            return null;
        })).hasMessageContaining("clock was moved");
        assertThat(freeTextVersions(recentAudit)).isPositive();
    }

    @Test
    void a_retention_period_outside_twelve_to_1200_months_or_the_trails_is_refused_by_the_database() {
        assertThatThrownBy(() -> jdbc.update("CALL retention_setting_set('case_register', 6, 'test')"))
                .hasMessageContaining("between 12 and 1200");
        assertThatThrownBy(() -> jdbc.update("CALL retention_setting_set('audit_trail', 12, 'test')"))
                .hasMessageContaining("only case_register and case_audit_text");
        assertThat(retention.months("case_register")).isEqualTo(24);
        assertThat(retention.months("case_audit_text")).isEqualTo(36);
    }
}
