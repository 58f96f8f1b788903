package org.caseaudit.multiagency.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseaudit.multiagency.Agency;
import org.caseaudit.multiagency.AgencyKind;
import org.caseaudit.multiagency.Grade;
import org.caseaudit.multiagency.MultiAgencyException;
import org.caseaudit.multiagency.PanelDomain;
import org.caseaudit.multiagency.ReturnStatus;
import org.caseaudit.multiagency.Stage;
import org.caseaudit.shared.council.CurrentCouncil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Repository;

/**
 * The tables of V33_1, read and written with plain SQL (small rows, read as a whole audit at a time). Updates check the
 * row's version (optimistic locking). Callers (the services) check who may do what; this class checks nothing.
 */
@Repository
public class MultiAgencyStore {

    public record AuditRow(long id, String theme, Stage stage, LocalDate returnsDue, LocalDate panelDate,
            String createdBy, Instant createdAt, Instant completedAt, long version) {
    }

    public record ChildRow(long id, long auditId, int position, long caseId, String childReference,
            LocalDate dateOfBirth, Long nominatedByAgencyId) {
    }

    public record ReturnRow(long id, long auditId, long childId, long agencyId, String templateVersion,
            ReturnStatus status, String submittedBy, Instant submittedAt, long version) {
    }

    public record ConclusionRow(long childId, PanelDomain domain, Grade grade, String rationale) {
    }

    public record ConcernRow(long id, long auditId, long childId, long agencyId, String description, LocalDate dueDate,
            String raisedBy, Instant raisedAt, Long actionId, String acknowledgedBy, Instant acknowledgedAt,
            String response, long version) {
    }

    /** How the cohort was chosen (V39_1): CHOSEN by the lead, or a SAMPLED seeded draw within a theme filter. */
    public record CohortRow(String method, String filter, Long seed, Integer frameSize, String frameSha256,
            String methodVersion) {
    }

    public record NominationRow(long id, long auditId, long agencyId, String caseReference, String reason,
            String status, String nominatedBy, Instant nominatedAt, String decidedBy, long version) {
    }

    private static final RowMapper<NominationRow> NOMINATION = (rs, n) -> new NominationRow(rs.getLong("id"),
            rs.getLong("audit_id"), rs.getLong("agency_id"), rs.getString("case_reference"), rs.getString("reason"),
            rs.getString("status"), rs.getString("nominated_by"), instant(rs, "nominated_at"),
            rs.getString("decided_by"), rs.getLong("version"));

    private static final RowMapper<Agency> AGENCY = (rs, n) ->
            new Agency(rs.getLong("id"), rs.getString("name"), AgencyKind.valueOf(rs.getString("kind")));
    private static final RowMapper<AuditRow> AUDIT = (rs, n) -> new AuditRow(rs.getLong("id"), rs.getString("theme"),
            Stage.valueOf(rs.getString("stage")), date(rs, "returns_due"), date(rs, "panel_date"),
            rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "completed_at"), rs.getLong("version"));
    private static final RowMapper<ChildRow> CHILD = (rs, n) -> new ChildRow(rs.getLong("id"), rs.getLong("audit_id"),
            rs.getInt("position"), rs.getLong("case_id"), rs.getString("child_reference"), date(rs, "date_of_birth"),
            rs.getObject("nominated_by_agency_id") == null ? null : rs.getLong("nominated_by_agency_id"));
    private static final RowMapper<ReturnRow> RETURN = (rs, n) -> new ReturnRow(rs.getLong("id"),
            rs.getLong("audit_id"), rs.getLong("child_id"), rs.getLong("agency_id"), rs.getString("template_version"),
            ReturnStatus.valueOf(rs.getString("status")), rs.getString("submitted_by"), instant(rs, "submitted_at"),
            rs.getLong("version"));
    private static final RowMapper<ConcernRow> CONCERN = (rs, n) -> new ConcernRow(rs.getLong("id"),
            rs.getLong("audit_id"), rs.getLong("child_id"), rs.getLong("agency_id"), rs.getString("description"),
            date(rs, "due_date"), rs.getString("raised_by"), instant(rs, "raised_at"),
            rs.getObject("action_id") == null ? null : rs.getLong("action_id"), rs.getString("acknowledged_by"),
            instant(rs, "acknowledged_at"), rs.getString("response"), rs.getLong("version"));

    private final JdbcTemplate jdbc;
    private final CurrentCouncil currentCouncil;

    MultiAgencyStore(JdbcTemplate jdbc, CurrentCouncil currentCouncil) {
        this.jdbc = jdbc;
        this.currentCouncil = currentCouncil;
    }

    /** Every statement names the current council (decision 0012): another council's ids are not found. */
    private long council() {
        return currentCouncil.id();
    }

    // --- agencies ---------------------------------------------------------------------------------------------------

    public long insertAgency(String name, AgencyKind kind) {
        return insert("INSERT INTO ma_agency (council_id, name, kind) VALUES (?, ?, ?)", council(), name, kind.name());
    }

    public List<Agency> agencies() {
        return jdbc.query("SELECT * FROM ma_agency WHERE council_id = ? AND active ORDER BY name", AGENCY, council());
    }

    public Optional<Agency> agency(long id) {
        return jdbc.query("SELECT * FROM ma_agency WHERE council_id = ? AND id = ?", AGENCY, council(), id)
                .stream().findFirst();
    }

    public Optional<Agency> agencyByName(String name) {
        return jdbc.query("SELECT * FROM ma_agency WHERE council_id = ? AND name = ?", AGENCY, council(), name)
                .stream().findFirst();
    }

    public void setMember(String username, long agencyId) {
        jdbc.update("INSERT INTO ma_agency_member (council_id, username, agency_id) VALUES (?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE agency_id = VALUES(agency_id)", council(), username, agencyId);
    }

    public void removeMember(String username) {
        jdbc.update("DELETE FROM ma_agency_member WHERE council_id = ? AND username = ?", council(), username);
    }

    public Optional<Agency> agencyOf(String username) {
        long council = council();
        return jdbc.query("SELECT a.* FROM ma_agency a JOIN ma_agency_member m ON m.agency_id = a.id "
                + "WHERE m.council_id = ? AND a.council_id = ? AND m.username = ? AND a.active", AGENCY, council,
                council, username).stream().findFirst();
    }

    public List<String> members(long agencyId) {
        return jdbc.queryForList("SELECT username FROM ma_agency_member WHERE council_id = ? AND agency_id = ? "
                + "ORDER BY username", String.class, council(), agencyId);
    }

    // --- audits -----------------------------------------------------------------------------------------------------

    public long insertAudit(String theme, LocalDate returnsDue, LocalDate panelDate, String createdBy, Instant at) {
        return insert("INSERT INTO ma_audit (council_id, theme, stage, returns_due, panel_date, created_by, "
                + "created_at) VALUES (?, ?, 'RETURNS', ?, ?, ?, ?)", council(), theme, returnsDue, panelDate,
                createdBy, utc(at));
    }

    public void recordCohort(long auditId, CohortRow cohort) {
        jdbc.update("UPDATE ma_audit SET cohort_method = ?, cohort_filter = ?, cohort_seed = ?, cohort_frame_size = ?, "
                + "cohort_frame_sha256 = ?, cohort_method_version = ? WHERE council_id = ? AND id = ?",
                cohort.method(), cohort.filter(), cohort.seed(), cohort.frameSize(), cohort.frameSha256(),
                cohort.methodVersion(), council(), auditId);
    }

    public CohortRow cohort(long auditId) {
        return jdbc.queryForObject("SELECT cohort_method, cohort_filter, cohort_seed, cohort_frame_size, "
                + "cohort_frame_sha256, cohort_method_version FROM ma_audit WHERE council_id = ? AND id = ?",
                (rs, n) -> new CohortRow(
                        rs.getString(1), rs.getString(2), rs.getObject(3) == null ? null : rs.getLong(3),
                        rs.getObject(4) == null ? null : rs.getInt(4), rs.getString(5), rs.getString(6)), council(),
                auditId);
    }

    public long insertNomination(long auditId, long agencyId, String caseReference, String reason, String who,
            Instant at) {
        return insert("INSERT INTO ma_nomination (council_id, audit_id, agency_id, case_reference, reason, status, "
                + "nominated_by, nominated_at) VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?)", council(), auditId, agencyId,
                caseReference, reason, who, utc(at));
    }

    public List<NominationRow> nominations(long auditId) {
        return jdbc.query("SELECT * FROM ma_nomination WHERE council_id = ? AND audit_id = ? ORDER BY id", NOMINATION,
                council(), auditId);
    }

    public Optional<NominationRow> nomination(long id) {
        return jdbc.query("SELECT * FROM ma_nomination WHERE council_id = ? AND id = ?", NOMINATION, council(), id)
                .stream().findFirst();
    }

    public void decideNomination(long id, long expectedVersion, String status, String who, Instant at) {
        int n = jdbc.update(
                "UPDATE ma_nomination SET status = ?, decided_by = ?, decided_at = ?, version = version + 1 "
                + "WHERE council_id = ? AND id = ? AND version = ? AND status = 'PENDING'", status, who, utc(at),
                council(), id, expectedVersion);
        if (n != 1) {
            throw new ObjectOptimisticLockingFailureException("ma_nomination", id);
        }
    }

    public void markNominated(long childId, long agencyId) {
        jdbc.update("UPDATE ma_child SET nominated_by_agency_id = ? WHERE council_id = ? AND id = ?", agencyId,
                council(), childId);
    }

    public void addAgency(long auditId, long agencyId) {
        jdbc.update("INSERT INTO ma_audit_agency (council_id, audit_id, agency_id) VALUES (?, ?, ?)", council(),
                auditId, agencyId);
    }

    public long insertChild(long auditId, int position, long caseId, String childReference, LocalDate dateOfBirth) {
        return insert("INSERT INTO ma_child (council_id, audit_id, position, case_id, child_reference, "
                + "date_of_birth) VALUES (?, ?, ?, ?, ?, ?)", council(), auditId, position, caseId, childReference,
                dateOfBirth);
    }

    public long insertReturn(long auditId, long childId, long agencyId, String templateVersion) {
        return insert("INSERT INTO ma_return (council_id, audit_id, child_id, agency_id, template_version, status) "
                + "VALUES (?, ?, ?, ?, ?, 'NOT_STARTED')", council(), auditId, childId, agencyId, templateVersion);
    }

    public List<AuditRow> audits() {
        return jdbc.query("SELECT * FROM ma_audit WHERE council_id = ? ORDER BY created_at DESC, id DESC", AUDIT,
                council());
    }

    public List<AuditRow> auditsOfAgency(long agencyId) {
        return jdbc.query("SELECT u.* FROM ma_audit u JOIN ma_audit_agency aa ON aa.audit_id = u.id "
                + "WHERE u.council_id = ? AND aa.council_id = u.council_id AND aa.agency_id = ? "
                + "ORDER BY u.created_at DESC, u.id DESC", AUDIT, council(), agencyId);
    }

    public Optional<AuditRow> audit(long id) {
        return jdbc.query("SELECT * FROM ma_audit WHERE council_id = ? AND id = ?", AUDIT, council(), id)
                .stream().findFirst();
    }

    public Optional<AuditRow> auditByTheme(String theme) {
        return jdbc.query("SELECT * FROM ma_audit WHERE council_id = ? AND theme = ?", AUDIT, council(), theme)
                .stream().findFirst();
    }

    public List<Agency> agenciesOf(long auditId) {
        return jdbc.query("SELECT a.* FROM ma_agency a JOIN ma_audit_agency aa ON aa.agency_id = a.id "
                + "WHERE aa.council_id = ? AND a.council_id = aa.council_id AND aa.audit_id = ? "
                + "ORDER BY a.kind, a.name", AGENCY, council(), auditId);
    }

    public List<ChildRow> children(long auditId) {
        return jdbc.query("SELECT * FROM ma_child WHERE council_id = ? AND audit_id = ? ORDER BY position", CHILD,
                council(), auditId);
    }

    public void setStage(long auditId, long expectedVersion, Stage stage, Instant completedAt) {
        int n = jdbc.update("UPDATE ma_audit SET stage = ?, completed_at = ?, version = version + 1 "
                + "WHERE council_id = ? AND id = ? AND version = ?", stage.name(),
                completedAt == null ? null : utc(completedAt), council(), auditId, expectedVersion);
        if (n != 1) {
            throw new ObjectOptimisticLockingFailureException("ma_audit", auditId);
        }
    }

    // --- returns ----------------------------------------------------------------------------------------------------

    public List<ReturnRow> returns(long auditId) {
        return jdbc.query("SELECT * FROM ma_return WHERE council_id = ? AND audit_id = ? ORDER BY child_id, agency_id",
                RETURN, council(), auditId);
    }

    public Optional<ReturnRow> returnRow(long id) {
        return jdbc.query("SELECT * FROM ma_return WHERE council_id = ? AND id = ?", RETURN, council(), id)
                .stream().findFirst();
    }

    public Map<String, String> answers(long returnId) {
        Map<String, String> answers = new LinkedHashMap<>();
        jdbc.query("SELECT question_id, answer FROM ma_return_answer WHERE council_id = ? AND return_id = ?",
                rs -> { answers.put(rs.getString(1), rs.getString(2)); }, council(), returnId);
        return answers;
    }

    public Map<Long, Map<String, String>> answersOfAudit(long auditId) {
        Map<Long, Map<String, String>> answers = new HashMap<>();
        jdbc.query("SELECT a.return_id, a.question_id, a.answer FROM ma_return_answer a JOIN ma_return r "
                + "ON r.id = a.return_id WHERE r.council_id = ? AND a.council_id = r.council_id AND r.audit_id = ?",
                rs -> {
                    answers.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2),
                            rs.getString(3));
                }, council(), auditId);
        return answers;
    }

    /** Replaces the answers and moves the return on; fails when someone else saved it since {@code expectedVersion}. */
    public long saveReturn(long id, long expectedVersion, Map<String, String> answers, ReturnStatus status, String who,
            Instant at) {
        boolean submitting = status == ReturnStatus.SUBMITTED;
        long council = council();
        int n = jdbc.update("UPDATE ma_return SET status = ?, updated_by = ?, updated_at = ?, version = version + 1"
                + (submitting ? ", submitted_by = ?, submitted_at = ?" : "")
                + " WHERE council_id = ? AND id = ? AND version = ?",
                submitting ? new Object[] {status.name(), who, utc(at), who, utc(at), council, id, expectedVersion}
                        : new Object[] {status.name(), who, utc(at), council, id, expectedVersion});
        if (n != 1) {
            throw new ObjectOptimisticLockingFailureException("ma_return", id);
        }
        jdbc.update("DELETE FROM ma_return_answer WHERE council_id = ? AND return_id = ?", council, id);
        List<Object[]> rows = new ArrayList<>();
        answers.forEach((q, a) -> {
            if (a != null && !a.isBlank()) {
                rows.add(new Object[] {council, id, q, a.strip()});
            }
        });
        jdbc.batchUpdate("INSERT INTO ma_return_answer (council_id, return_id, question_id, answer) "
                + "VALUES (?, ?, ?, ?)", rows);
        return expectedVersion + 1;
    }

    // --- panel ------------------------------------------------------------------------------------------------------

    public void saveConclusion(long childId, PanelDomain domain, Grade grade, String rationale, String who,
            Instant at) {
        jdbc.update("INSERT INTO ma_conclusion (council_id, child_id, domain, grade, rationale, recorded_by, "
                + "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE grade = VALUES(grade), "
                + "rationale = VALUES(rationale), recorded_by = VALUES(recorded_by), recorded_at = VALUES(recorded_at)",
                council(), childId, domain.name(), grade.name(), rationale, who, utc(at));
    }

    public List<ConclusionRow> conclusions(long auditId) {
        return jdbc.query("SELECT c.* FROM ma_conclusion c JOIN ma_child ch ON ch.id = c.child_id "
                + "WHERE ch.council_id = ? AND c.council_id = ch.council_id AND ch.audit_id = ? "
                + "ORDER BY ch.position, c.domain", (rs, n) -> new ConclusionRow(
                        rs.getLong("child_id"), PanelDomain.valueOf(rs.getString("domain")),
                        Grade.valueOf(rs.getString("grade")), rs.getString("rationale")), council(), auditId);
    }

    public long insertConcern(long auditId, long childId, long agencyId, String description, LocalDate due,
            String who, Instant at, Long actionId) {
        return insert("INSERT INTO ma_concern (council_id, audit_id, child_id, agency_id, description, due_date, "
                + "raised_by, raised_at, action_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", council(), auditId, childId,
                agencyId, description, due, who, utc(at), actionId);
    }

    public List<ConcernRow> concerns(long auditId) {
        return jdbc.query("SELECT * FROM ma_concern WHERE council_id = ? AND audit_id = ? ORDER BY id", CONCERN,
                council(), auditId);
    }

    public List<ConcernRow> concernsOfAgency(long agencyId) {
        return jdbc.query("SELECT * FROM ma_concern WHERE council_id = ? AND agency_id = ? "
                + "ORDER BY acknowledged_at IS NOT NULL, due_date", CONCERN, council(), agencyId);
    }

    public Optional<ConcernRow> concern(long id) {
        return jdbc.query("SELECT * FROM ma_concern WHERE council_id = ? AND id = ?", CONCERN, council(), id)
                .stream().findFirst();
    }

    public void acknowledge(long id, long expectedVersion, String who, Instant at, String response) {
        int n = jdbc.update("UPDATE ma_concern SET acknowledged_by = ?, acknowledged_at = ?, response = ?, "
                + "version = version + 1 WHERE council_id = ? AND id = ? AND version = ? AND acknowledged_at IS NULL",
                who, utc(at), response, council(), id, expectedVersion);
        if (n != 1) {
            throw new MultiAgencyException("The concern was changed or acknowledged by someone else: reload it");
        }
    }

    // --- recommendations --------------------------------------------------------------------------------------------

    public record RecommendationRow(long id, long auditId, Long agencyId, Long deliveryGroupId, String deliveryGroup,
            String text, LocalDate dueDate, long actionId) {
    }

    public long insertRecommendation(long auditId, Long agencyId, Long deliveryGroupId, String deliveryGroup,
            String text, LocalDate due, long actionId, String who, Instant at) {
        return insert("INSERT INTO ma_recommendation (council_id, audit_id, agency_id, delivery_group_id, "
                + "delivery_group, text, due_date, action_id, raised_by, raised_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", council(), auditId, agencyId, deliveryGroupId, deliveryGroup,
                text, due, actionId, who, utc(at));
    }

    public List<RecommendationRow> recommendations(long auditId) {
        return jdbc.query(
                "SELECT * FROM ma_recommendation WHERE council_id = ? AND audit_id = ? ORDER BY id", (rs, n) ->
                new RecommendationRow(rs.getLong("id"), rs.getLong("audit_id"),
                        rs.getObject("agency_id") == null ? null : rs.getLong("agency_id"),
                        rs.getObject("delivery_group_id") == null ? null : rs.getLong("delivery_group_id"),
                        rs.getString("delivery_group"), rs.getString("text"), date(rs, "due_date"),
                        rs.getLong("action_id")), council(), auditId);
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private long insert(String sql, Object... args) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS);
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps;
        }, keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    /** Times are stored as UTC wall-clock values, as everywhere else in the schema. */
    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
