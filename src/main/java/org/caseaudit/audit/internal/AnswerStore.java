package org.caseaudit.audit.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseaudit.audit.AnswerState;
import org.caseaudit.audit.AuditStatus;
import org.caseaudit.shared.council.CurrentCouncil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The autosave's statements, in plain JDBC: the hottest path of the application (every answer, note and file
 * reference an auditor types) runs as one plain read and one UPDATE, with no entity loaded and no flush.
 * <p>
 * <b>History.</b> {@code audit_answer} is a MariaDB system-versioned table (migration V15): the server itself keeps
 * every committed version of every row, inside the UPDATE that makes it, and no application code can write an answer
 * without its history. Each version carries who and when ({@code updated_by}, {@code updated_at}) and its
 * {@code version}, one more per committed change. Before V15 the history was kept by Hibernate Envers in
 * {@code audit_answer_history}; those rows are still read, so no change made before the upgrade is lost (see
 * {@link #history}).
 */
@Repository
public class AnswerStore {

    private static final String FOR_SAVE_ALL = """
            SELECT ans.id, ans.answer_value, ans.evidence_note, ans.file_reference, ans.derivation, ans.derived_value,
                   ans.derived_provenance, ans.override_reason, ans.version, ans.updated_by, ans.updated_at,
                   a.auditor, a.status, a.template_key, a.template_version, ans.question_key
            FROM audit_answer ans JOIN case_audit a ON a.id = ans.case_audit_id
            WHERE ans.case_audit_id = ? AND ans.council_id = ? AND a.council_id = ?""";

    private static final String FOR_SAVE = FOR_SAVE_ALL + " AND ans.question_key = ?";

    /**
     * Joined to the answer's audit: InnoDB reads the joined row of a multi-table UPDATE with a shared lock held to
     * commit, so one statement takes the audit's shared lock (saves of one audit run side by side; a submission's
     * exclusive lock waits for them and they for it), checks the audit is still in progress and checks the answer is
     * still at the version the save was typed against.
     */
    private static final String UPDATE = """
            UPDATE audit_answer ans JOIN case_audit a ON a.id = ans.case_audit_id
            SET ans.answer_value = ?, ans.evidence_note = ?, ans.file_reference = ?, ans.override_reason = ?,
                ans.updated_at = ?, ans.updated_by = ?, ans.version = ans.version + 1
            WHERE ans.id = ? AND ans.version = ? AND a.status = 'IN_PROGRESS'
              AND ans.council_id = ? AND a.council_id = ?""";

    private static final String INSERT = """
            INSERT INTO audit_answer (case_audit_id, council_id, question_key, position, derivation, derived_value,
                                      derived_provenance, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, 0)""";

    private static final String VERSIONS = """
            SELECT answer_value, evidence_note, file_reference, override_reason, version, updated_by, updated_at,
                   UNIX_TIMESTAMP(row_start)
            FROM audit_answer FOR SYSTEM_TIME ALL
            WHERE case_audit_id = ? AND question_key = ? AND council_id = ? ORDER BY version, row_start""";

    private static final String ENVERS_VERSIONS = """
            SELECT h.answer_value, h.evidence_note, h.file_reference, h.override_reason, h.rev_type, r.revision_at,
                   r.username
            FROM audit_answer_history h JOIN audit_revision r ON r.id = h.rev
            WHERE h.case_audit_id = ? AND h.question_key = ? AND h.council_id = ? ORDER BY h.rev""";

    private final JdbcTemplate jdbc;
    private final CurrentCouncil council;

    AnswerStore(JdbcTemplate jdbc, CurrentCouncil council) {
        this.jdbc = jdbc;
        this.council = council;
    }

    /** What a save checks of an audit: whose it is, its status (as read; the UPDATE checks it again), its template. */
    public record AuditToSave(String auditor, AuditStatus status, String templateKey, int templateVersion) {
    }

    /** What a save needs: the answer as stored and what it checks of its audit. */
    public record SaveTarget(long answerId, AnswerState answer, AuditToSave audit) {
    }

    /** One committed version of an answer; {@code number} is its version (0 when created, one more per change). */
    public record Version(long number, Instant at, String by, boolean created, String value, String evidenceNote,
                          String fileReference, String overrideReason) {
    }

    /** A new, unanswered answer row: its question, place and what the case data proposes. */
    public record NewAnswer(String questionKey, int position, String derivation, String derivedValue,
                            String derivedProvenance) {
    }

    /**
     * Creates an audit's answer rows (version 0, unanswered) in one batch: the server keeps each row's first version
     * as it keeps every later one. Called once, when the audit starts.
     */
    public void create(long auditId, List<NewAnswer> rows) {
        long councilId = council.id();
        jdbc.batchUpdate(INSERT, rows, rows.size(), (ps, row) -> {
            ps.setLong(1, auditId);
            ps.setLong(2, councilId);
            ps.setString(3, row.questionKey());
            ps.setInt(4, row.position());
            ps.setString(5, row.derivation());
            ps.setString(6, row.derivedValue());
            ps.setString(7, truncate(row.derivedProvenance(), 1000));
        });
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** The answer to one question of one audit with what the checks need of the audit (a plain, non-locking read). */
    public Optional<SaveTarget> forSave(long auditId, String questionKey) {
        long councilId = council.id();
        return jdbc.query(FOR_SAVE, AnswerStore::saveTarget, auditId, councilId, councilId, questionKey).stream()
                .findFirst();
    }

    /**
     * Every answer of one audit with what the checks need of the audit, by question (a plain, non-locking read);
     * empty when the audit has no answer rows (not started) or is not this council's.
     */
    public Map<String, SaveTarget> forSave(long auditId) {
        long councilId = council.id();
        Map<String, SaveTarget> targets = new LinkedHashMap<>();
        jdbc.query(FOR_SAVE_ALL, (rs, n) -> saveTarget(rs, n), auditId, councilId, councilId)
                .forEach(t -> targets.put(t.answer().questionId(), t));
        return targets;
    }

    private static SaveTarget saveTarget(ResultSet rs, int n) throws SQLException {
        return new SaveTarget(rs.getLong(1),
                new AnswerState(rs.getString(16), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9), rs.getString(10),
                        instant(rs, 11)),
                new AuditToSave(rs.getString(12), AuditStatus.valueOf(rs.getString(13)), rs.getString(14),
                        rs.getInt(15)));
    }

    /** What a save checks of an audit, for an audit with no row for the question (a plain read). */
    public Optional<AuditToSave> audit(long auditId) {
        return jdbc.query("SELECT auditor, status, template_key, template_version FROM case_audit WHERE id = ?"
                + " AND council_id = ?", (rs, n) -> new AuditToSave(rs.getString(1),
                        AuditStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getInt(4)), auditId, council.id())
                .stream().findFirst();
    }

    /** The audit's status as committed now: a locking read, past the transaction's snapshot (for a missed UPDATE). */
    public Optional<AuditStatus> lockedStatus(long auditId) {
        return jdbc.query("SELECT status FROM case_audit WHERE id = ? AND council_id = ? LOCK IN SHARE MODE",
                (rs, n) -> AuditStatus.valueOf(rs.getString(1)), auditId, council.id()).stream().findFirst();
    }

    /**
     * Writes one save; false when no row changed: the answer is no longer at {@code expectedVersion} or its audit is
     * no longer in progress. The new version is {@code expectedVersion + 1}.
     */
    public boolean update(long answerId, long expectedVersion, String value, String evidenceNote, String fileReference,
            String overrideReason, String by, Instant at) {
        long councilId = council.id();
        return jdbc.update(UPDATE, value, evidenceNote, fileReference, overrideReason,
                LocalDateTime.ofInstant(at, ZoneOffset.UTC), by, answerId, expectedVersion, councilId, councilId) == 1;
    }

    /** One answer's save for {@link #update(List, String, Instant)}: the row, the version it was typed against. */
    public record Change(long answerId, long expectedVersion, String value, String evidenceNote, String fileReference,
                         String overrideReason) {
    }

    /**
     * Writes several saves by the same person at the same time, each the UPDATE of
     * {@link #update(long, long, String, String, String, String, String, Instant)}, sent as one JDBC batch; returns
     * for each whether it changed its row (false: the answer is no longer at its expected version or the audit is no
     * longer in progress).
     */
    public boolean[] update(List<Change> changes, String by, Instant at) {
        if (changes.isEmpty()) {
            return new boolean[0];
        }
        long councilId = council.id();
        LocalDateTime when = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        int[][] counts = jdbc.batchUpdate(UPDATE, changes, changes.size(), (ps, c) -> {
            ps.setString(1, c.value());
            ps.setString(2, c.evidenceNote());
            ps.setString(3, c.fileReference());
            ps.setString(4, c.overrideReason());
            ps.setObject(5, when);
            ps.setString(6, by);
            ps.setLong(7, c.answerId());
            ps.setLong(8, c.expectedVersion());
            ps.setLong(9, councilId);
            ps.setLong(10, councilId);
        });
        boolean[] changed = new boolean[changes.size()];
        int i = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                changed[i++] = count == 1;
            }
        }
        return changed;
    }

    /**
     * Every committed version of one answer, oldest first: the versions Envers kept before migration V15, then the
     * server's system versions. The row as it stood when V15 ran is in both (as Envers' last version and the server's
     * first), so server versions numbered below the count of Envers versions are left out: Envers kept one version
     * at creation (number 0) and one per committed change, as the version column counts them.
     */
    public List<Version> history(long auditId, String questionKey) {
        long councilId = council.id();
        // Envers: one row per revision, its user and time in audit_revision (stored as UTC wall-clock time)
        List<Version> versions = new ArrayList<>(jdbc.query(ENVERS_VERSIONS, (rs, n) -> new Version(n, instant(rs, 6),
                rs.getString(7), rs.getInt(5) == 0, rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4)), auditId, questionKey, councilId));
        int fromEnvers = versions.size();
        jdbc.query(VERSIONS, rs -> {
            long number = rs.getLong(5);
            if (number < fromEnvers) {
                return;
            }
            // the empty answer created with the audit has no saver: its time is when the row began (as seconds since
            // the epoch, whatever the zones of the server and this JVM)
            Instant at = rs.getObject(7) != null ? instant(rs, 7) : epochSeconds(rs.getBigDecimal(8));
            versions.add(new Version(number, at, rs.getString(6), number == 0, rs.getString(1), rs.getString(2),
                    rs.getString(3), rs.getString(4)));
        }, auditId, questionKey, councilId);
        return versions;
    }

    private static Instant epochSeconds(BigDecimal seconds) {
        return Instant.ofEpochSecond(0, seconds.movePointRight(9).longValueExact());
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

}
