package org.caseaudit.audit;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseaudit.audit.internal.PracticeAudits;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.caseaudit.templates.SectionDefinition;
import org.caseaudit.templates.TemplateDefinition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grades per domain (the child's experience, the impact on the child, ...): the answers to the grade questions of a
 * template's graded sections ({@link SectionDefinition#grade()}), per audit and moderation, with the grade agreed
 * after moderation. Rows exist for audits that have started (an audit not started has no answers yet); the grade is
 * null while not given. Read by the grading-honesty reports and the self-evaluation pack.
 */
@Service
public class DomainGrades {

    private static final String SELECT = """
            SELECT a.id, a.cycle_id, a.kind, a.moderates_audit_id, a.status, a.template_key, a.template_version,
                   a.auditor, aa.question_key, aa.answer_value, aa.evidence_note, ag.answer_value AS agreed
            FROM case_audit a
            JOIN audit_answer aa ON aa.case_audit_id = a.id
            LEFT JOIN audit_agreed_answer ag ON ag.case_audit_id = a.id AND ag.question_key = aa.question_key
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditService audits;
    private final PracticeAudits practice;
    private final CurrentUser currentUser;

    DomainGrades(JdbcTemplate jdbc, AuditService audits, PracticeAudits practice, CurrentUser currentUser) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.audits = audits;
        this.practice = practice;
        this.currentUser = currentUser;
    }

    /** The domain grades of one audit, in the template's section order: its auditor or the audit lead. */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN, Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER})
    @Transactional(readOnly = true)
    public List<DomainGrade> forAudit(long auditId) {
        practice.readable(auditId, currentUser);
        return query("a.id = :ids", List.of(auditId));
    }

    /** The domain grades of every audit and moderation of the cycles, by audit id then section order. */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<DomainGrade> forCycles(Collection<Long> cycleIds) {
        if (cycleIds.isEmpty()) {
            return List.of();
        }
        return query("a.cycle_id IN (:ids)", cycleIds);
    }

    /** {@code condition} on the audits {@code a}; only the current council's audits are read. */
    private List<DomainGrade> query(String condition, Collection<Long> ids) {
        var params = new MapSqlParameterSource("ids", ids).addValue("council", practice.council());
        String where = "WHERE a.council_id = :council AND " + condition;
        // the graded domains of the template versions these audits use
        Map<String, Map<String, SectionDefinition>> domainsByTemplate = new HashMap<>();
        Set<String> gradeIds = new LinkedHashSet<>();
        jdbc.query("SELECT DISTINCT a.template_key, a.template_version FROM case_audit a " + where, params, rs -> {
            String key = rs.getString(1) + "/" + rs.getInt(2);
            TemplateDefinition t = audits.template(rs.getString(1), rs.getInt(2));
            Map<String, SectionDefinition> domains = new HashMap<>();
            for (SectionDefinition s : t.gradedDomains()) {
                domains.put(s.grade().questionId(), s);
                gradeIds.add(s.grade().questionId());
            }
            domainsByTemplate.put(key, domains);
        });
        if (gradeIds.isEmpty()) {
            return List.of();
        }
        params.addValue("grades", gradeIds);
        List<DomainGrade> rows = new ArrayList<>();
        jdbc.query(SELECT + where + " AND aa.question_key IN (:grades) ORDER BY a.id, aa.position", params, rs -> {
            SectionDefinition section = domainsByTemplate
                    .getOrDefault(rs.getString("template_key") + "/" + rs.getInt("template_version"), Map.of())
                    .get(rs.getString("question_key"));
            if (section == null) {
                return; // a question of that id in a template where it is not a domain grade
            }
            long moderatesId = rs.getLong("moderates_audit_id");
            Long moderates = rs.wasNull() ? null : moderatesId;
            rows.add(new DomainGrade(rs.getLong("id"), rs.getLong("cycle_id"), AuditKind.valueOf(rs.getString("kind")),
                    moderates, AuditStatus.valueOf(rs.getString("status")),
                    rs.getString("template_key"), rs.getInt("template_version"), rs.getString("question_key"),
                    section.title(), rs.getString("answer_value"), rs.getString("evidence_note"),
                    rs.getString("agreed"), rs.getString("auditor")));
        });
        return rows;
    }
}
