package org.caseaudit.sampling.internal;

import java.util.List;
import org.caseaudit.sampling.DrawnItem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Bulk writes of drawn items (Hibernate cannot batch inserts with IDENTITY ids). */
@Component
public class SampleStore {

    private final JdbcTemplate jdbc;

    SampleStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insertItems(long sampleId, List<DrawnItem> drawn) {
        jdbc.batchUpdate("""
                INSERT INTO sample_item (sample_id, draw_order, kind, case_id, case_reference, team, status, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0)""", drawn, 1000, (ps, d) -> {
            ps.setLong(1, sampleId);
            ps.setInt(2, d.drawOrder());
            ps.setString(3, d.kind().name());
            ps.setString(4, d.item().id());
            ps.setString(5, d.item().reference());
            ps.setString(6, d.item().stratum());
            ps.setString(7, d.kind() == DrawnItem.Kind.SAMPLE ? "SELECTED" : "RESERVE");
        });
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
