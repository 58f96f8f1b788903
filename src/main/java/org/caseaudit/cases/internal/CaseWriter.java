package org.caseaudit.cases.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseaudit.cases.CaseData;
import org.caseaudit.cases.CaseField;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Upserts batches of cases by (source, case reference) with {@link JdbcTemplate#batchUpdate} (Hibernate cannot
 * batch IDENTITY inserts). Must run inside the caller's transaction: the import commits or rolls back as a whole.
 * Memory stays flat: each batch looks up only its own references.
 */
public final class CaseWriter {

    /** Every stored column of {@link CaseField} except the strategy discussion dates (a child table). */
    static final List<CaseField> COLUMNS = java.util.Arrays.stream(CaseField.values())
            .filter(f -> f.type() != CaseField.Type.DATE_LIST).toList();

    private static final String INSERT;
    private static final String UPDATE;

    static {
        StringBuilder cols = new StringBuilder("council_id, source");
        StringBuilder qs = new StringBuilder("?, ?");
        StringBuilder sets = new StringBuilder();
        for (CaseField f : COLUMNS) {
            cols.append(", ").append(f.key());
            qs.append(", ?");
            sets.append(f.key()).append(" = ?, ");
        }
        INSERT = "INSERT INTO case_record (" + cols + ", content_hash, last_import_id, created_at, updated_at, version)"
                + " VALUES (" + qs + ", ?, ?, ?, ?, 0)";
        UPDATE = "UPDATE case_record SET " + sets + "content_hash = ?, last_import_id = ?, updated_at = ?,"
                + " version = version + 1 WHERE id = ? AND version = ? AND council_id = ?";
    }

    private final JdbcTemplate jdbc;
    private final long councilId;
    private final String source;
    private final Long importId;
    private final LocalDateTime now;
    private final boolean dryRun;
    private int created;
    private int updated;
    private int unchanged;

    /** Writes {@code councilId}'s cases (decision 0012): the same reference in another council is another case. */
    public CaseWriter(JdbcTemplate jdbc, long councilId, String source, Long importId, LocalDateTime now,
                      boolean dryRun) {
        this.jdbc = jdbc;
        this.councilId = councilId;
        this.source = source;
        this.importId = importId;
        this.now = now;
        this.dryRun = dryRun;
    }

    public int created() { return created; }
    public int updated() { return updated; }
    public int unchanged() { return unchanged; }

    private record Existing(long id, String hash, long version) {
    }

    public void write(List<CaseData> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, Existing> existing = lookup(batch);
        List<CaseData> toInsert = new ArrayList<>();
        List<CaseData> toUpdate = new ArrayList<>();
        List<Existing> updateTargets = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        Map<CaseData, String> hashOf = new HashMap<>();
        for (CaseData c : batch) {
            String hash = c.contentHash();
            hashOf.put(c, hash);
            Existing e = existing.get(key(c));
            if (e == null) {
                toInsert.add(c);
            } else if (e.hash().equals(hash)) {
                unchanged++;
            } else {
                toUpdate.add(c);
                updateTargets.add(e);
                hashes.add(hash);
            }
        }
        created += toInsert.size();
        updated += toUpdate.size();
        if (dryRun) {
            return;
        }
        Timestamp ts = Timestamp.valueOf(now);
        if (!toInsert.isEmpty()) {
            jdbc.batchUpdate(INSERT, toInsert, toInsert.size(), (ps, c) -> {
                int i = 1;
                ps.setLong(i++, councilId);
                ps.setString(i++, source);
                i = bindFields(ps, c, i);
                ps.setString(i++, hashOf.get(c));
                setLong(ps, i++, importId);
                ps.setTimestamp(i++, ts);
                ps.setTimestamp(i, ts);
            });
        }
        if (!toUpdate.isEmpty()) {
            int[][] counts = jdbc.batchUpdate(UPDATE, indices(toUpdate.size()), toUpdate.size(), (ps, k) -> {
                CaseData c = toUpdate.get(k);
                int i = bindFields(ps, c, 1);
                ps.setString(i++, hashes.get(k));
                setLong(ps, i++, importId);
                ps.setTimestamp(i++, ts);
                ps.setLong(i++, updateTargets.get(k).id());
                ps.setLong(i++, updateTargets.get(k).version());
                ps.setLong(i, councilId);
            });
            for (int[] chunk : counts) {
                for (int n : chunk) {
                    if (n == 0) {
                        throw new OptimisticLockingFailureException(
                                "A case changed while it was being imported; run the import again.");
                    }
                }
            }
            List<Long> ids = updateTargets.stream().map(Existing::id).toList();
            List<Object> args = new ArrayList<>(ids);
            args.add(councilId);
            jdbc.update("DELETE FROM case_strategy_discussion WHERE case_id IN (" + placeholders(ids.size()) + ")"
                    + " AND council_id = ?", args.toArray());
        }
        List<CaseData> withDates = new ArrayList<>();
        for (CaseData c : toInsert) {
            if (!c.strategyDiscussionDates().isEmpty()) {
                withDates.add(c);
            }
        }
        for (CaseData c : toUpdate) {
            if (!c.strategyDiscussionDates().isEmpty()) {
                withDates.add(c);
            }
        }
        if (withDates.isEmpty()) {
            return;
        }
        Map<String, Existing> ids = toInsert.isEmpty() ? existing : lookup(withDates);
        List<Object[]> rows = new ArrayList<>();
        for (CaseData c : withDates) {
            long id = ids.get(key(c)).id();
            int seq = 1;
            for (LocalDate d : c.strategyDiscussionDates()) {
                rows.add(new Object[] {id, seq++, Date.valueOf(d), councilId});
            }
        }
        jdbc.batchUpdate("INSERT INTO case_strategy_discussion (case_id, seq, discussion_date, council_id)"
                + " VALUES (?, ?, ?, ?)", rows, new int[] {Types.BIGINT, Types.INTEGER, Types.DATE, Types.BIGINT});
    }

    private Map<String, Existing> lookup(List<CaseData> batch) {
        List<Object> args = new ArrayList<>(batch.size() + 2);
        args.add(councilId);
        args.add(source);
        for (CaseData c : batch) {
            args.add(c.caseReference());
        }
        Map<String, Existing> result = new HashMap<>();
        jdbc.query("SELECT id, case_reference, content_hash, version FROM case_record WHERE council_id = ? AND source = ?"
                        + " AND case_reference IN ("
                        + placeholders(batch.size()) + ")",
                rs -> {
                    result.put(rs.getString(2).toLowerCase(java.util.Locale.ROOT), new Existing(rs.getLong(1), rs.getString(3), rs.getLong(4)));
                }, args.toArray());
        return result;
    }

    static int bindFields(PreparedStatement ps, CaseData c, int start) throws SQLException {
        int i = start;
        for (CaseField f : COLUMNS) {
            Object v = c.value(f);
            switch (f.type()) {
                case DATE -> {
                    if (v == null) {
                        ps.setNull(i, Types.DATE);
                    } else {
                        ps.setDate(i, Date.valueOf((LocalDate) v));
                    }
                }
                case YES_NO -> {
                    if (v == null) {
                        ps.setNull(i, Types.BOOLEAN);
                    } else {
                        ps.setBoolean(i, (Boolean) v);
                    }
                }
                case INTEGER -> {
                    if (v == null) {
                        ps.setNull(i, Types.INTEGER);
                    } else {
                        ps.setInt(i, (Integer) v);
                    }
                }
                case OUTCOME -> ps.setString(i, v == null ? null : ((Enum<?>) v).name());
                default -> ps.setString(i, (String) v);
            }
            i++;
        }
        return i;
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    private static List<Integer> indices(int n) {
        List<Integer> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        return Collections.unmodifiableList(list);
    }

    /** The database compares references case-insensitively (utf8mb4_unicode_ci), so lookups do too. */
    private static String key(CaseData c) {
        return c.caseReference().toLowerCase(java.util.Locale.ROOT);
    }

    static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
