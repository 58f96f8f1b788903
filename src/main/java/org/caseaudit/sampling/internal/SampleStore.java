package org.caseaudit.sampling.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseaudit.sampling.DrawnItem;
import org.caseaudit.sampling.SampleItemInfo;
import org.caseaudit.shared.council.CurrentCouncil;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Drawn rows, drawn lists and frame snapshots in plain JDBC (Hibernate cannot batch inserts with IDENTITY ids, and a
 * sample can hold tens of thousands of cases).
 */
@Component
public class SampleStore {

    private final JdbcTemplate jdbc;
    private final CurrentCouncil council;

    SampleStore(JdbcTemplate jdbc, CurrentCouncil council) {
        this.jdbc = jdbc;
        this.council = council;
    }

    /**
     * Writes the drawn rows as one JDBC batch, which Connector/J 3 sends with MariaDB's bulk protocol
     * ({@code useBulkStmtsForInserts}, on by default; we never set {@code useBulkStmts}).
     */
    public void insertItems(long sampleId, List<DrawnItem> drawn) {
        long councilId = council.id();
        jdbc.batchUpdate("""
                INSERT INTO sample_item (sample_id, draw_order, kind, case_id, case_reference, team, status, version,
                    council_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)""", new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                DrawnItem d = drawn.get(i);
                ps.setLong(1, sampleId);
                ps.setInt(2, d.drawOrder());
                ps.setString(3, d.kind().name());
                ps.setLong(4, d.item().id());
                ps.setString(5, d.item().reference());
                ps.setString(6, d.item().stratum());
                ps.setString(7, SampleItemInfo.Status.asDrawn(d.kind()).name());
                ps.setLong(8, councilId);
            }

            @Override
            public int getBatchSize() {
                return drawn.size();
            }
        });
    }

    /** The drawn list in draw order, read without loading entities (a sample can hold tens of thousands). */
    public List<SampleItemInfo> items(long sampleId) {
        Map<Long, String> references = new HashMap<>();
        List<Object[]> raw = jdbc.query("""
                SELECT id, version, draw_order, kind, case_id, case_reference, team, status, replaces_item_id, reason,
                       changed_by, changed_at, auditor, moderator
                FROM sample_item WHERE sample_id = ? AND council_id = ? ORDER BY draw_order""", (rs, n) -> {
            Object[] row = new Object[14];
            for (int i = 0; i < 14; i++) {
                row[i] = i == 11 ? rs.getTimestamp(12) : rs.getObject(i + 1);
            }
            references.put(rs.getLong(1), rs.getString(6));
            return row;
        }, sampleId, council.id());
        List<SampleItemInfo> items = new ArrayList<>(raw.size());
        for (Object[] r : raw) {
            Long replaces = r[8] == null ? null : ((Number) r[8]).longValue();
            Timestamp changedAt = (Timestamp) r[11];
            items.add(new SampleItemInfo(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                    ((Number) r[2]).intValue(), DrawnItem.Kind.valueOf((String) r[3]), ((Number) r[4])
                    .longValue(), (String) r[5],
                    (String) r[6], SampleItemInfo.Status.valueOf((String) r[7]),
                    replaces == null ? null : references.get(replaces), (String) r[9], (String) r[10],
                    changedAt == null ? null : changedAt.toLocalDateTime().toInstant(ZoneOffset.UTC),
                    (String) r[12], (String) r[13]));
        }
        return items;
    }

    /**
     * Stores the frame snapshot and, for a sample whose rows are not written at the draw, its drawn list (the case ids
     * in draw order, {@link FrameSnapshot#encodeIds}; null otherwise).
     */
    public void insertFrame(long sampleId, byte[] snapshot, byte[] drawnIds) {
        jdbc.update("INSERT INTO sample_frame (sample_id, frame_items, drawn_ids, council_id) VALUES (?, ?, ?, ?)",
                sampleId, snapshot, drawnIds, council.id());
    }

    /** The case ids in draw order of a sample drawn as a list (no rows yet); empty for a sample drawn with rows. */
    public Optional<long[]> drawnIds(long sampleId) {
        byte[] stored = jdbc.queryForObject("SELECT drawn_ids FROM sample_frame WHERE sample_id = ? AND council_id = ?",
                byte[].class, sampleId, council.id());
        return Optional.ofNullable(stored).map(FrameSnapshot::decodeIds);
    }

    /**
     * Case ids in the sample (the first {@code sample_size} of the drawn list: nothing has changed in a sample
     * whose rows are not written) of other cycles' samples drawn in [from, to), or at {@code to} with an id below
     * {@code beforeId}, and still without rows.
     */
    public List<Long> sampledAsListsElsewhere(long cycleId, Instant from, Instant to, long beforeId) {
        List<Long> ids = new ArrayList<>();
        jdbc.query("""
                SELECT r.sample_size, f.drawn_ids FROM sample_record r JOIN sample_frame f ON f.sample_id = r.id
                WHERE r.council_id = ? AND f.council_id = r.council_id
                  AND r.items_written = FALSE AND f.drawn_ids IS NOT NULL AND r.cycle_id <> ?
                  AND r.drawn_at >= ? AND (r.drawn_at < ? OR (r.drawn_at = ? AND r.id < ?))""",
                (RowCallbackHandler) rs -> {
            long[] drawn = FrameSnapshot.decodeIds(rs.getBytes(2));
            for (int i = 0; i < Math.min(rs.getInt(1), drawn.length); i++) {
                ids.add(drawn[i]);
            }
        }, council.id(), cycleId, LocalDateTime.ofInstant(from, ZoneOffset.UTC),
                LocalDateTime.ofInstant(to, ZoneOffset.UTC),
                LocalDateTime.ofInstant(to, ZoneOffset.UTC), beforeId);
        return ids;
    }

    public byte[] frame(long sampleId) {
        return jdbc.queryForObject("SELECT frame_items FROM sample_frame WHERE sample_id = ? AND council_id = ?",
                byte[].class, sampleId, council.id());
    }

    /** Removes a draft (unlocked) sample with its items. */
    public void deleteSample(long sampleId) {
        long councilId = council.id();
        jdbc.update("UPDATE sample_item SET replaces_item_id = NULL WHERE sample_id = ? AND council_id = ?", sampleId,
                councilId);
        jdbc.update("DELETE FROM sample_item WHERE sample_id = ? AND council_id = ?", sampleId, councilId);
        jdbc.update("DELETE FROM sample_frame WHERE sample_id = ? AND council_id = ?", sampleId, councilId);
        jdbc.update("DELETE FROM sample_record WHERE id = ? AND council_id = ?", sampleId, councilId);
    }

    /** Keeps a draw that is being replaced (before its rows go), with who replaced it, when and why. */
    public void keepReplacedDraw(SampleRecordEntity old, String replacedBy, Instant at, String reason) {
        jdbc.update("""
                INSERT INTO sample_draw_history (cycle_id, seed, seed_generated, method, method_version, population_size,
                    frame_sha256, sample_size, reserve_count, drawn_by, drawn_at, replaced_by, replaced_at, reason,
                    council_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", old.getCycleId(), old.getSeed(),
                old.isSeedGenerated(), old.getMethod().name(), old.getMethodVersion(), old.getPopulationSize(),
                old.getFrameSha256(), old.getSampleSize(), old.getReserveCount(), old.getDrawnBy(),
                LocalDateTime.ofInstant(old.getDrawnAt(), ZoneOffset.UTC), replacedBy,
                LocalDateTime.ofInstant(at, ZoneOffset.UTC), reason, council.id());
    }

    /** The earlier draws of a cycle, oldest first. */
    public List<org.caseaudit.sampling.EarlierDraw> replacedDraws(long cycleId) {
        return jdbc.query("""
                SELECT seed, seed_generated, method, method_version, population_size, frame_sha256, sample_size,
                       reserve_count, drawn_by, drawn_at, replaced_by, replaced_at, reason
                FROM sample_draw_history WHERE cycle_id = ? AND council_id = ? ORDER BY replaced_at, id""", (rs, n) ->
                new org.caseaudit.sampling.EarlierDraw(rs.getLong(1), rs.getBoolean(2),
                        org.caseaudit.sampling.SamplingMethod.valueOf(rs.getString(3)), rs.getString(4), rs.getInt(5),
                        rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getString(9),
                        rs.getObject(10, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString(11),
                        rs.getObject(12, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString(13)),
                cycleId, council.id());
    }
}
