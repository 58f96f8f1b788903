package org.caseaudit.sampling.internal;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseaudit.sampling.DrawnItem;
import org.caseaudit.sampling.SampleItemInfo;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Bulk writes of drawn items (Hibernate cannot batch inserts with IDENTITY ids). */
@Component
public class SampleStore {

    private final JdbcTemplate jdbc;

    SampleStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Multi-row INSERTs of 500 rows: several times faster than a JDBC batch of single-row statements here. */
    public void insertItems(long sampleId, List<DrawnItem> drawn) {
        int chunk = 500;
        for (int from = 0; from < drawn.size(); from += chunk) {
            List<DrawnItem> part = drawn.subList(from, Math.min(drawn.size(), from + chunk));
            StringBuilder sql = new StringBuilder(
                    "INSERT INTO sample_item (sample_id, draw_order, kind, case_id, case_reference, team, status, version) VALUES ");
            List<Object> args = new ArrayList<>(part.size() * 7);
            for (int i = 0; i < part.size(); i++) {
                sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,0)");
                DrawnItem d = part.get(i);
                args.add(sampleId);
                args.add(d.drawOrder());
                args.add(d.kind().name());
                args.add(d.item().id());
                args.add(d.item().reference());
                args.add(d.item().stratum());
                args.add(d.kind() == DrawnItem.Kind.SAMPLE ? "SELECTED" : "RESERVE");
            }
            jdbc.update(sql.toString(), args.toArray());
        }
    }

    /** The drawn list in draw order, read without loading entities (a sample can hold tens of thousands). */
    public List<SampleItemInfo> items(long sampleId) {
        Map<Long, String> references = new HashMap<>();
        List<Object[]> raw = jdbc.query("""
                SELECT id, version, draw_order, kind, case_id, case_reference, team, status, replaces_item_id, reason,
                       changed_by, changed_at, auditor, moderator
                FROM sample_item WHERE sample_id = ? ORDER BY draw_order""", (rs, n) -> {
            Object[] row = new Object[14];
            for (int i = 0; i < 14; i++) {
                row[i] = i == 11 ? rs.getTimestamp(12) : rs.getObject(i + 1);
            }
            references.put(rs.getLong(1), rs.getString(6));
            return row;
        }, sampleId);
        List<SampleItemInfo> items = new ArrayList<>(raw.size());
        for (Object[] r : raw) {
            Long replaces = r[8] == null ? null : ((Number) r[8]).longValue();
            Timestamp changedAt = (Timestamp) r[11];
            items.add(new SampleItemInfo(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                    ((Number) r[2]).intValue(), DrawnItem.Kind.valueOf((String) r[3]), (String) r[4], (String) r[5],
                    (String) r[6], SampleItemInfo.Status.valueOf((String) r[7]),
                    replaces == null ? null : references.get(replaces), (String) r[9], (String) r[10],
                    changedAt == null ? null : changedAt.toLocalDateTime().toInstant(ZoneOffset.UTC),
                    (String) r[12], (String) r[13]));
        }
        return items;
    }

    public void insertFrame(long sampleId, byte[] gzippedItems) {
        jdbc.update("INSERT INTO sample_frame (sample_id, frame_items) VALUES (?, ?)", sampleId, gzippedItems);
    }

    public byte[] frame(long sampleId) {
        return jdbc.queryForObject("SELECT frame_items FROM sample_frame WHERE sample_id = ?", byte[].class, sampleId);
    }

    /** Removes a draft (unlocked) sample with its items. */
    public void deleteSample(long sampleId) {
        jdbc.update("UPDATE sample_item SET replaces_item_id = NULL WHERE sample_id = ?", sampleId);
        jdbc.update("DELETE FROM sample_item WHERE sample_id = ?", sampleId);
        jdbc.update("DELETE FROM sample_frame WHERE sample_id = ?", sampleId);
        jdbc.update("DELETE FROM sample_record WHERE id = ?", sampleId);
    }
}
