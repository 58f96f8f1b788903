package org.caseaudit.installation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.caseaudit.calendar.TimescaleRule;
import org.caseaudit.calendar.TimescaleSettings;
import org.caseaudit.shared.council.CurrentCouncil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The rows a council starts with: what the migrations give the installation council (council 1) on a fresh
 * installation, given to a new council in its creation transaction (issue 25). Every table with a council_id column
 * was compared: the migrations seed only these, the rest are filled by use (or created on first use: the pseudonym
 * key).
 * <ul>
 * <li>the built-in mapping profiles {@code standard}, {@code mosaic-like} and {@code liquidlogic-like} with their
 * columns and value translations (V5_1), copied from the installation council's built-in profiles, which cannot be
 * edited (an edit makes a copy);</li>
 * <li>one timescale rule per measure at the national defaults (V3_1; {@link TimescaleSettings#defaults()}), not the
 * installation council's own edited rules;</li>
 * <li>the scheduled report pack switched off, anonymised (V13_1);</li>
 * <li>the stored timescale statuses' refresh marker, out of date on purpose (V37_1).</li>
 * </ul>
 */
final class CouncilStartingRows {

    private CouncilStartingRows() {
    }

    /** Adds the starting rows of council {@code councilId}; runs in the caller's transaction. */
    static void add(JdbcTemplate jdbc, long councilId, Instant now) {
        Timestamp at = Timestamp.from(now);
        List<Map<String, Object>> profiles = jdbc.queryForList("SELECT id, name, source, date_format, description"
                + " FROM case_mapping_profile WHERE council_id = ? AND built_in = TRUE ORDER BY id",
                CurrentCouncil.INSTALLATION_COUNCIL);
        for (Map<String, Object> p : profiles) {
            var keys = new GeneratedKeyHolder();
            jdbc.update(con -> {
                var ps = con.prepareStatement("INSERT INTO case_mapping_profile (council_id, name, source, date_format,"
                        + " description, built_in, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, TRUE, ?, 'system')",
                        new String[] {"id"});
                ps.setLong(1, councilId);
                ps.setObject(2, p.get("name"));
                ps.setObject(3, p.get("source"));
                ps.setObject(4, p.get("date_format"));
                ps.setObject(5, p.get("description"));
                ps.setTimestamp(6, at);
                return ps;
            }, keys);
            long copy = keys.getKey().longValue();
            Object original = p.get("id");
            // copied through Java rather than INSERT ... SELECT ?, ?: MariaDB 11.4 (the embedded default) reads a
            // parameter in an INSERT ... SELECT's list as NULL for a NOT NULL column ("profile_id cannot be null")
            jdbc.batchUpdate("INSERT INTO case_mapping_column (council_id, profile_id, position, source_column, field)"
                    + " VALUES (?, ?, ?, ?, ?)", jdbc.query("SELECT position, source_column, field"
                    + " FROM case_mapping_column WHERE council_id = ? AND profile_id = ? ORDER BY position",
                    (rs, n) -> new Object[] {councilId, copy, rs.getObject(1), rs.getObject(2), rs.getObject(3)},
                    CurrentCouncil.INSTALLATION_COUNCIL, original));
            jdbc.batchUpdate(
                    "INSERT INTO case_value_translation (council_id, profile_id, position, field, source_value,"
                    + " target_value) VALUES (?, ?, ?, ?, ?, ?)", jdbc.query("SELECT position, field, source_value,"
                    + " target_value FROM case_value_translation WHERE council_id = ? AND profile_id = ?"
                    + " ORDER BY position", (rs, n) -> new Object[] {councilId, copy, rs.getObject(1), rs.getObject(2),
                            rs.getObject(3), rs.getObject(4)}, CurrentCouncil.INSTALLATION_COUNCIL, original));
        }
        for (TimescaleRule rule : TimescaleSettings.defaults().rules().values()) {
            jdbc.update("INSERT INTO timescale_setting (council_id, measure, amount, unit, strategy_discussion)"
                    + " VALUES (?, ?, ?, ?, ?)", councilId, rule.measure().name(), rule.amount(), rule.unit().name(),
                    rule.strategyDiscussion().name());
        }
        jdbc.update("INSERT INTO report_schedule (council_id, enabled, identified, anonymised, version)"
                + " VALUES (?, FALSE, FALSE, TRUE, 0)", councilId);
        jdbc.update("INSERT INTO case_timescale_refresh (council_id, refreshed_on, calendar_version, rule_version)"
                + " VALUES (?, '1970-01-01', -1, '')", councilId);
    }
}
