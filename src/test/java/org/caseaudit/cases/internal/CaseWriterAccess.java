package org.caseaudit.cases.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.caseaudit.cases.CaseData;
import org.springframework.jdbc.core.JdbcTemplate;

/** For the benchmark: the plain batched JDBC baseline, with the same statements and columns as the import. */
public final class CaseWriterAccess {

    private CaseWriterAccess() {
    }

    /** The import benchmark's baseline: council 1, as the import writes there for the demo council. */
    public static void rawInsert(JdbcTemplate jdbc, String source, List<CaseData> batch, java.time.Clock clock) {
        insert(jdbc, 1L, source, batch, Timestamp.valueOf(LocalDateTime.now(clock)), c -> "0".repeat(64));
    }

    /**
     * For the scale benchmark: cases straight into one council's register with batched INSERTs (no import engine),
     * with their real content hashes and strategy discussions; {@code references} maps each reference to its id.
     */
    public static void bulkInsert(JdbcTemplate jdbc, long council, String source, List<CaseData> batch,
                                  Timestamp now) {
        insert(jdbc, council, source, batch, now, CaseData::contentHash);
    }

    private static void insert(JdbcTemplate jdbc, long council, String source, List<CaseData> batch, Timestamp now,
                               java.util.function.Function<CaseData, String> hash) {
        StringBuilder cols = new StringBuilder("council_id, source");
        StringBuilder qs = new StringBuilder("?, ?");
        for (var f : CaseWriter.COLUMNS) {
            cols.append(", ").append(f.key());
            qs.append(", ?");
        }
        String insert = "INSERT INTO case_record (" + cols + ", content_hash, created_at, updated_at, version) VALUES ("
                + qs + ", ?, ?, ?, 0)";
        jdbc.batchUpdate(insert, batch, batch.size(), (ps, c) -> {
            ps.setLong(1, council);
            ps.setString(2, source);
            int i = CaseWriter.bindFields(ps, c, 3);
            ps.setString(i++, hash.apply(c));
            ps.setTimestamp(i++, now);
            ps.setTimestamp(i, now);
        });
        List<Object> refs = new ArrayList<>();
        refs.add(council);
        refs.add(source);
        batch.forEach(c -> refs.add(c.caseReference()));
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        jdbc.query("SELECT id, case_reference FROM case_record WHERE council_id = ? AND source = ? AND case_reference IN ("
                + CaseWriter.placeholders(batch.size()) + ")", rs -> {
                    ids.put(rs.getString(2), rs.getLong(1));
                }, refs.toArray());
        List<Object[]> dates = new ArrayList<>();
        for (CaseData c : batch) {
            int seq = 1;
            for (LocalDate d : c.strategyDiscussionDates()) {
                dates.add(new Object[] {council, ids.get(c.caseReference()), seq++, Date.valueOf(d)});
            }
        }
        jdbc.batchUpdate("INSERT INTO case_strategy_discussion (council_id, case_id, seq, discussion_date)"
                + " VALUES (?, ?, ?, ?)", dates, new int[] {Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.DATE});
    }
}
