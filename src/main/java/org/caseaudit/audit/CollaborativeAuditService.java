package org.caseaudit.audit;

import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.caseaudit.audit.internal.PracticeAudits;
import org.springframework.context.ApplicationEventPublisher;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collaborative audits (issue #27): an audit done with the practitioner and their manager. The mode is a setting per
 * cycle (audit lead), which the lead or the audit's auditor may override for one audit. The auditor records who was
 * present, the practitioner's reflection beside the auditor's view, the practitioner's agreement with the overall grade
 * or their disagreement and its reason, and the feedback to the practitioner. Every change goes to the audit trail.
 * Aggregates ({@link #summaries}) count, never name.
 */
@Service
public class CollaborativeAuditService {

    static final String TARGET = "case_audit";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final PracticeAudits audits;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher trail;
    private final Clock clock;

    CollaborativeAuditService(JdbcTemplate jdbc, PracticeAudits audits, CurrentUser currentUser,
            ApplicationEventPublisher trail,
                              Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.audits = audits;
        this.currentUser = currentUser;
        this.trail = trail;
        this.clock = clock;
    }

    /** Whether the cycle's audits are collaborative (no setting stored: not). */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN, Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER})
    @Transactional(readOnly = true)
    public boolean cycleCollaborative(long cycleId) {
        return cycleSetting(cycleId);
    }

    /** Sets the cycle's mode; audits with an override of their own keep it. */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN})
    @Transactional
    public void setCycleCollaborative(long cycleId, boolean collaborative) {
        Integer cycles = jdbc.queryForObject("SELECT COUNT(*) FROM audit_cycle WHERE id = ? AND council_id = ?",
                Integer.class, cycleId, audits.council());
        if (cycles == null || cycles == 0) {
            throw new AuditStateException("Cycle " + cycleId + " does not exist");
        }
        jdbc.update("""
                INSERT INTO cycle_practice_setting (council_id, cycle_id, collaborative, updated_by, updated_at)
                VALUES (?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE collaborative = VALUES(collaborative), updated_by = VALUES(updated_by),
                    updated_at = VALUES(updated_at)""",
                audits.council(), cycleId, collaborative, me(), Timestamp.from(clock.instant()));
        trail.publishEvent(new PracticeTrail.CycleModeSet(cycleId, collaborative));
    }

    /** The audit's collaborative record (empty fields when nothing is recorded yet). */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN, Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER})
    @Transactional(readOnly = true)
    public Collaboration collaboration(long auditId) {
        PracticeAudits.AuditRow audit = reader(auditId);
        return read(audit);
    }

    /**
     * Overrides the cycle's mode for one audit ({@code null}: follow the cycle again). The audit lead, or the audit's
     * own auditor.
     */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN, Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER})
    @Transactional
    public Collaboration setAuditMode(long auditId, Boolean collaborative) {
        PracticeAudits.AuditRow audit = reader(auditId);
        if (audit.status() == AuditStatus.CLOSED) {
            throw new AuditStateException("The audit is closed: its mode can no longer change");
        }
        ensureRow(auditId);
        jdbc.update("UPDATE audit_collaboration SET collaborative_override = ?, updated_by = ?, updated_at = ?,"
                + " version = version + 1 WHERE case_audit_id = ? AND council_id = ?", collaborative, me(),
                Timestamp.from(clock.instant()), auditId, audits.council());
        trail.publishEvent(new PracticeTrail.AuditModeSet(auditId, collaborative));
        return read(audit);
    }

    /**
     * Records who was present, the practitioner's reflection and the feedback to them; refuses, naming every problem,
     * when the audit is not collaborative or closed, or the input breaks a rule ({@code CollaborationRules}).
     */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN, Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER})
    @Transactional
    public Collaboration record(long auditId, CollaborationInput input) {
        PracticeAudits.AuditRow audit = reader(auditId);
        Collaboration now = read(audit);
        List<String> problems = CollaborationRules.recordProblems(now.collaborative(), audit.status(), input);
        if (!problems.isEmpty()) {
            throw new AuditStateException(String.join("; ", problems));
        }
        ensureRow(auditId);
        int changed = jdbc.update("""
                UPDATE audit_collaboration SET practitioner_name = ?, practitioner_role = ?, manager_name = ?,
                    manager_role = ?, went_well = ?, do_differently = ?, feedback_to_practitioner = ?, updated_by = ?,
                    updated_at = ?, version = version + 1
                WHERE case_audit_id = ? AND council_id = ? AND version = ?""",
                CollaborationRules.blankToNull(input.practitionerName()),
                CollaborationRules.blankToNull(input.practitionerRole()),
                CollaborationRules.blankToNull(input.managerName()), CollaborationRules.blankToNull(
                input.managerRole()),
                CollaborationRules.blankToNull(input.wentWell()), CollaborationRules.blankToNull(input.doDifferently()),
                CollaborationRules.blankToNull(input.feedbackToPractitioner()), me(), Timestamp.from(clock.instant()),
                auditId, audits.council(), input.expectedVersion());
        if (changed == 0) {
            throw new AuditStateException("The collaborative record was changed elsewhere since you opened it: reload"
                    + " to see the change");
        }
        trail.publishEvent(new PracticeTrail.CollaborationRecorded(auditId, input.feedbackToPractitioner() != null));
        return read(audit);
    }

    /** Records the practitioner's agreement with the audit's current overall grade, or their disagreement and why. */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN, Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER})
    @Transactional
    public Collaboration recordAgreement(long auditId, GradeAgreement agreement, String reason, long expectedVersion) {
        PracticeAudits.AuditRow audit = reader(auditId);
        Collaboration now = read(audit);
        List<String> problems = CollaborationRules.agreementProblems(now.collaborative(), audit.status(),
                now.practitionerPresent(), audit.overallGrade(), agreement, reason);
        if (!problems.isEmpty()) {
            throw new AuditStateException(String.join("; ", problems));
        }
        int changed = jdbc.update("""
                UPDATE audit_collaboration SET agreement = ?, agreed_grade = ?, disagreement_reason = ?,
                    agreement_recorded_at = ?, updated_by = ?, updated_at = ?, version = version + 1
                WHERE case_audit_id = ? AND council_id = ? AND version = ?""",
                agreement.name(), audit.overallGrade(), CollaborationRules.blankToNull(reason),
                Timestamp.from(clock.instant()), me(), Timestamp.from(clock.instant()), auditId, audits.council(),
                expectedVersion);
        if (changed == 0) {
            throw new AuditStateException("The collaborative record was changed elsewhere since you opened it: reload"
                    + " to see the change");
        }
        trail.publishEvent(new PracticeTrail.GradeAgreement(auditId, agreement.name(), audit.overallGrade()));
        return read(audit);
    }

    /**
     * Per cycle (in id order), counts of its audits in collaborative mode, with the practitioner present, with a
     * reflection, agreeing and disagreeing with the current grade. Counts only: no names, no case references.
     */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<CollaborationSummary> summaries(Collection<Long> cycleIds) {
        if (cycleIds.isEmpty()) {
            return List.of();
        }
        Map<Long, CollaborationSummary> byCycle = new TreeMap<>();
        named.query("""
                SELECT a.cycle_id,
                       COUNT(*) AS audits,
                       SUM(COALESCE(c.collaborative_override, s.collaborative, FALSE)) AS collaborative,
                       SUM(COALESCE(c.collaborative_override, s.collaborative, FALSE) AND c.practitioner_name IS NOT NULL)
                           AS present,
                       SUM(COALESCE(c.collaborative_override, s.collaborative, FALSE)
                           AND (c.went_well IS NOT NULL OR c.do_differently IS NOT NULL)) AS reflected,
                       SUM(COALESCE(c.collaborative_override, s.collaborative, FALSE) AND c.agreement = 'AGREES'
                           AND c.agreed_grade <=> a.overall_grade) AS agreed,
                       SUM(COALESCE(c.collaborative_override, s.collaborative, FALSE) AND c.agreement = 'DISAGREES'
                           AND c.agreed_grade <=> a.overall_grade) AS disagreed
                FROM case_audit a
                LEFT JOIN audit_collaboration c ON c.case_audit_id = a.id
                LEFT JOIN cycle_practice_setting s ON s.cycle_id = a.cycle_id
                WHERE a.council_id = :council AND a.kind = 'AUDIT' AND a.cycle_id IN (:cycles)
                GROUP BY a.cycle_id""",
                new MapSqlParameterSource("cycles", cycleIds).addValue("council", audits.council()),
                rs -> {
            long cycle = rs.getLong("cycle_id");
            byCycle.put(cycle, new CollaborationSummary(cycle, rs.getInt("audits"), rs.getInt("collaborative"),
                    rs.getInt("present"), rs.getInt("reflected"), rs.getInt("agreed"), rs.getInt("disagreed")));
        });
        return List.copyOf(byCycle.values());
    }

    private boolean cycleSetting(long cycleId) {
        return jdbc.query("SELECT collaborative FROM cycle_practice_setting WHERE cycle_id = ? AND council_id = ?",
                (rs, n) -> rs.getBoolean(1), cycleId, audits.council()).stream().findFirst().orElse(false);
    }

    private void ensureRow(long auditId) {
        jdbc.update("INSERT IGNORE INTO audit_collaboration (council_id, case_audit_id, updated_by, updated_at)"
                + " VALUES (?, ?, ?, ?)", audits.council(), auditId, me(), Timestamp.from(clock.instant()));
    }

    private Collaboration read(PracticeAudits.AuditRow audit) {
        boolean cycle = cycleSetting(audit.cycleId());
        return jdbc.query("""
                SELECT collaborative_override, practitioner_name, practitioner_role, manager_name, manager_role,
                       went_well, do_differently, agreement, agreed_grade, disagreement_reason,
                       feedback_to_practitioner, version
                FROM audit_collaboration WHERE case_audit_id = ? AND council_id = ?""", (rs, n) -> {
            Object override = rs.getObject("collaborative_override");
            String agreement = rs.getString("agreement");
            return new Collaboration(audit.id(), audit.cycleId(), cycle,
                    override == null ? null : rs.getBoolean("collaborative_override"),
                    rs.getString("practitioner_name"), rs.getString("practitioner_role"), rs.getString("manager_name"),
                    rs.getString("manager_role"), rs.getString("went_well"), rs.getString("do_differently"),
                    agreement == null ? null : GradeAgreement.valueOf(agreement), rs.getString("agreed_grade"),
                    rs.getString("disagreement_reason"), rs.getString("feedback_to_practitioner"),
                    audit.overallGrade(), audit.status(), rs.getLong("version"));
        }, audit.id(), audits.council()).stream().findFirst().orElseGet(() -> new Collaboration(audit.id(),
                audit.cycleId(), cycle, null,
                null, null, null, null, null, null, null, null, null, null, audit.overallGrade(), audit.status(), 0));
    }

    /** The audit's own auditor, or the audit lead (or an administrator). */
    private PracticeAudits.AuditRow reader(long auditId) {
        return audits.readable(auditId, currentUser);
    }

    private String me() {
        return currentUser.required();
    }
}
