package org.caseaudit.audit.internal;

import java.sql.CallableStatement;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.caseaudit.audit.CaseRetentionRule;
import org.caseaudit.audit.CaseRetentionRule.RegisterAction;
import org.caseaudit.audit.RetentionPreview;
import org.springframework.context.ApplicationEventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.caseaudit.shared.council.CurrentCouncil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nightly retention of case data (decision 0010): register rows and the free text of audits past their retention
 * periods ({@code retention_setting} rows {@code case_register} and {@code case_audit_text}), decided by
 * {@link CaseRetentionRule} from the injected clock. What the runtime account may not do itself goes through the
 * database procedures of V30_1, V35_1 and V44_1 (SQL SECURITY DEFINER): per audit {@code case_audit_anonymise}, then
 * {@code case_audit_practice_anonymise} for the collaborative record and the family's comments. Each run is recorded
 * in the audit trail with its counts, in the same transaction. Not a service: nobody calls it from a view;
 * {@code CaseDataRetentionService} previews it.
 */
@Component
public class CaseDataRetentionRunner {

    public static final String REMOVED = "[removed after the retention period]";
    private static final Logger log = LoggerFactory.getLogger(CaseDataRetentionRunner.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher trail;
    private final Clock clock;

    private final CurrentCouncil council;

    CaseDataRetentionRunner(JdbcTemplate jdbc, PlatformTransactionManager transactions, ApplicationEventPublisher trail,
            Clock clock, CurrentCouncil council) {
        this.council = council;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.trail = trail;
        this.clock = clock;
    }

    private record RegisterRow(long id, LocalDate lastActivity, boolean named, boolean inOpenCycle,
            boolean anonymised) {
    }

    private record AuditRow(long id, boolean complete, LocalDate cycleEnded, boolean hasFreeText, long answers,
                            long replies, long collaborations, long comments) {
    }

    /** The marker as an SQL literal, for the plan's counts (the procedures of V30_1 and V44_1 write the same). */
    private static final String REMOVED_SQL = "'" + REMOVED + "'";

    /** The free-text columns of {@code audit_collaboration} (V40_1) that V44_1 clears. */
    private static final List<String> COLLABORATION_TEXT = List.of("practitioner_name", "practitioner_role",
            "manager_name", "manager_role", "went_well", "do_differently", "disagreement_reason",
            "feedback_to_practitioner");

    /** The ids each part of a run touches. */
    private record Plan(LocalDate registerCutoff, LocalDate auditCutoff, List<Long> delete, List<Long> anonymise,
                        List<AuditRow> audits, long historyVersions) {

        RetentionPreview preview(long answers, long replies, long collaborations, long comments, long history) {
            return new RetentionPreview(registerCutoff, auditCutoff, delete.size(), anonymise.size(), audits.size(),
                    answers, replies, collaborations, comments, history);
        }
    }

    public int months(String setting) {
        Integer months = jdbc.queryForObject("SELECT MAX(months) FROM retention_setting WHERE name = ?", Integer.class,
                setting);
        return Math.max(months == null ? 36 : months, CaseRetentionRule.MINIMUM_MONTHS);
    }

    /** What a run now would touch in the current council. */
    public RetentionPreview preview() {
        Plan plan = plan();
        return plan.preview(plan.audits().stream().mapToLong(AuditRow::answers).sum(),
                plan.audits().stream().mapToLong(AuditRow::replies).sum(),
                plan.audits().stream().mapToLong(AuditRow::collaborations).sum(),
                plan.audits().stream().mapToLong(AuditRow::comments).sum(), plan.historyVersions());
    }

    private Plan plan() {
        long councilId = council.id();
        LocalDate today = LocalDate.now(clock);
        LocalDate registerCutoff = CaseRetentionRule.cutoff(today, months("case_register"));
        LocalDate auditCutoff = CaseRetentionRule.cutoff(today, months("case_audit_text"));
        List<Long> delete = new ArrayList<>();
        List<Long> anonymise = new ArrayList<>();
        jdbc.query("""
                SELECT r.id,
                       GREATEST(DATE(r.updated_at), COALESCE(DATE(i.started_at), '1000-01-01'),
                                COALESCE(r.referral_date, '1000-01-01'), COALESCE(r.referral_decision_date, '1000-01-01'),
                                COALESCE(r.s47_start_date, '1000-01-01'), COALESCE(r.s47_end_date, '1000-01-01'),
                                COALESCE(r.icpc_date, '1000-01-01'), COALESCE(r.cfa_start_date, '1000-01-01'),
                                COALESCE(r.cfa_completion_date, '1000-01-01'), COALESCE(r.first_core_group_date, '1000-01-01'),
                                COALESCE(r.consent_sought_date, '1000-01-01'), COALESCE(r.consent_authorised_date, '1000-01-01'),
                                COALESCE(r.chronology_updated_date, '1000-01-01'),
                                COALESCE(r.management_oversight_date, '1000-01-01'),
                                COALESCE(r.referrer_informed_date, '1000-01-01')) AS last_activity,
                       EXISTS (SELECT 1 FROM case_audit a WHERE a.case_id = r.id)
                           OR EXISTS (SELECT 1 FROM sample_item s WHERE s.case_id = r.id) AS named,
                       EXISTS (SELECT 1 FROM case_audit a JOIN audit_cycle c ON c.id = a.cycle_id
                                WHERE a.case_id = r.id AND c.status <> 'COMPLETE')
                           OR EXISTS (SELECT 1 FROM sample_item s JOIN sample_record sr ON sr.id = s.sample_id
                                        JOIN audit_cycle c ON c.id = sr.cycle_id
                                       WHERE s.case_id = r.id AND c.status <> 'COMPLETE') AS in_open,
                       r.child_reference LIKE 'removed-%' AS anonymised
                  FROM case_record r LEFT JOIN case_import i ON i.id = r.last_import_id
                 WHERE r.council_id = ? AND r.updated_at < ?""", rs -> {
            RegisterRow row = new RegisterRow(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getBoolean(3),
                    rs.getBoolean(4), rs.getBoolean(5));
            RegisterAction action = CaseRetentionRule.register(row.lastActivity(), row.named(), row.inOpenCycle(),
                    row.anonymised(), registerCutoff);
            if (action == RegisterAction.DELETE) {
                delete.add(row.id());
            } else if (action == RegisterAction.ANONYMISE) {
                anonymise.add(row.id());
            }
        }, councilId, registerCutoff);
        List<AuditRow> audits = new ArrayList<>();
        jdbc.query("""
                SELECT a.id, c.status = 'COMPLETE', GREATEST(c.period_end, COALESCE(c.due_date, c.period_end)),
                       (SELECT COUNT(*) FROM audit_answer x WHERE x.case_audit_id = a.id
                           AND (x.evidence_note IS NOT NULL OR x.file_reference IS NOT NULL
                                OR x.override_reason IS NOT NULL OR x.derived_provenance IS NOT NULL)) AS answers,
                       (SELECT COUNT(*) FROM audit_reply y WHERE y.case_audit_id = a.id AND y.reply_text <> ?) AS replies,
                       (SELECT COUNT(*) FROM audit_collaboration k WHERE k.case_audit_id = a.id AND (%s)) AS collaborations,
                       (SELECT COUNT(*) FROM family_feedback_answer f WHERE f.case_audit_id = a.id
                           AND f.comments <> %s) AS comments,
                       a.grade_rationale IS NOT NULL OR a.strengths IS NOT NULL OR a.reopen_reason IS NOT NULL
                           OR EXISTS (SELECT 1 FROM audit_agreed_answer g WHERE g.case_audit_id = a.id AND g.reason <> ?)
                           OR EXISTS (SELECT 1 FROM audit_share h WHERE h.case_audit_id = a.id AND h.message IS NOT NULL)
                           OR EXISTS (SELECT 1 FROM audit_answer_history z WHERE z.case_audit_id = a.id
                                       AND (z.evidence_note IS NOT NULL OR z.file_reference IS NOT NULL
                                            OR z.override_reason IS NOT NULL)) AS other_text
                  FROM case_audit a JOIN audit_cycle c ON c.id = a.cycle_id
                 WHERE a.council_id = ? AND c.status = 'COMPLETE' AND GREATEST(c.period_end, COALESCE(c.due_date, c.period_end)) < ?
                   AND case_audit_past_floor(a.id)
                 ORDER BY a.id""".formatted(String.join(" OR ", COLLABORATION_TEXT.stream()
                        .map(column -> "k." + column + " <> " + REMOVED_SQL).toList()), REMOVED_SQL), rs -> {
            long answers = rs.getLong(4);
            long replies = rs.getLong(5);
            long collaborations = rs.getLong(6);
            long comments = rs.getLong(7);
            AuditRow row = new AuditRow(rs.getLong(1), rs.getBoolean(2), rs.getObject(3, LocalDate.class),
                    answers > 0 || replies > 0 || collaborations > 0 || comments > 0 || rs.getBoolean(8), answers,
                    replies, collaborations, comments);
            if (CaseRetentionRule.anonymiseAudit(row.complete(), row.cycleEnded(), row.hasFreeText(), auditCutoff)) {
                audits.add(row);
            }
        }, REMOVED, REMOVED, councilId, auditCutoff);
        Long history = jdbc.queryForObject("SELECT COUNT(*) FROM audit_answer FOR SYSTEM_TIME ALL WHERE council_id = ?"
                + " AND row_end < SYSDATE(6) - INTERVAL ? MONTH", Long.class, councilId, months("case_audit_text"));
        return new Plan(registerCutoff, auditCutoff, delete, anonymise, audits, history == null ? 0 : history);
    }

    /** The nightly run; on a cluster it runs on one node (the one that takes the lease; see V27_1). */
    @Scheduled(cron = "${caseaudit.case-retention.cron:0 45 2 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "case-data-retention", lockAtLeastFor = "PT1M")
    public void runOnSchedule() {
        // council by council (decision 0012): each council's run is planned, applied and trailed in that council
        council.forEachActive(id -> log.info("Case-data retention in council {}: {}", id, run().describe()));
    }

    /**
     * Applies the retention to the current council now and records the run in its trail; returns what it did. The
     * periods are the installation's ({@code retention_setting}); the history trim is by time for every council at
     * once (MariaDB removes system-versioned history only by time, decision 0010), so the first council's run of a
     * night removes every council's expired versions and the later runs find none.
     */
    public RetentionPreview run() {
        long councilId = council.id();
        return tx.execute(status -> {
            Plan plan = plan();
            long answers = 0;
            long replies = 0;
            long collaborations = 0;
            long comments = 0;
            for (AuditRow audit : plan.audits()) {
                long[] cleared = jdbc.execute("{call case_audit_anonymise(?, ?, ?)}", (CallableStatement call) -> {
                    call.setLong(1, audit.id());
                    call.registerOutParameter(2, Types.INTEGER);
                    call.registerOutParameter(3, Types.INTEGER);
                    call.execute();
                    return new long[] {call.getInt(2), call.getInt(3)};
                });
                answers += cleared[0];
                replies += cleared[1];
                long[] practice = jdbc.execute("{call case_audit_practice_anonymise(?, ?, ?)}",
                        (CallableStatement call) -> {
                            call.setLong(1, audit.id());
                            call.registerOutParameter(2, Types.INTEGER);
                            call.registerOutParameter(3, Types.INTEGER);
                            call.execute();
                            return new long[] {call.getInt(2), call.getInt(3)};
                        });
                collaborations += practice[0];
                comments += practice[1];
            }
            Long history = jdbc.execute("{call audit_answer_history_trim(?)}", (CallableStatement call) -> {
                call.registerOutParameter(1, Types.BIGINT);
                call.execute();
                return call.getLong(1);
            });
            for (Long id : plan.anonymise()) {
                jdbc.update("UPDATE case_record SET child_reference = CONCAT('removed-', id), social_worker = NULL,"
                        + " team_manager = NULL, referral_source = NULL, version = version + 1"
                        + " WHERE council_id = ? AND id = ?", councilId, id);
            }
            for (Long id : plan.delete()) {
                jdbc.update("DELETE FROM case_record WHERE council_id = ? AND id = ?", councilId, id);
            }
            RetentionPreview done = plan.preview(answers, replies, collaborations, comments,
                    history == null ? 0 : history);
            trail.publishEvent(new org.caseaudit.audit.CaseAuditTrail.RetentionRun(done.describe(), months(
                    "case_register"),
                    months("case_audit_text")));
            return done;
        });
    }
}
