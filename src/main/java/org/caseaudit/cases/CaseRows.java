package org.caseaudit.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Register rows read with plain SQL into the same {@link CaseData} that {@code CaseRecordEntity} maps (issue 25,
 * decision 0023): the readers of a large register (status filter page, deadline monitor, export, status refresh)
 * read the columns they show in one statement instead of hydrating entities and their collections.
 */
final class CaseRows {

    /** Every register field stored in a column of {@code case_record} (the discussion dates have a table). */
    static final List<CaseField> FIELDS = Arrays.stream(CaseField.values())
            .filter(f -> f.type() != CaseField.Type.DATE_LIST).toList();

    /**
     * {@code c.id, c.source}, the fields, {@code c.council_id, c.updated_at, c.version}: read them with
     * {@link #facts(ResultSet, int, List)} from the first column given.
     */
    static final String COLUMNS = "c.id, c.source, " + String.join(", ", FIELDS.stream().map(f -> "c."
            + f.key()).toList())
            + ", c.council_id, c.updated_at, c.version";

    /** The fields a timescale evaluation reads ({@code CaseTimescales.dates}), with the reference and team. */
    static final List<CaseField> TIMESCALE_FIELDS = List.of(CaseField.CASE_REFERENCE, CaseField.TEAM,
            CaseField.REFERRAL_DATE, CaseField.REFERRAL_DECISION_DATE, CaseField.S47_START_DATE, CaseField.S47_OUTCOME,
            CaseField.ICPC_DATE, CaseField.CFA_START_DATE, CaseField.CFA_COMPLETION_DATE,
            CaseField.FIRST_CORE_GROUP_DATE, CaseField.REFERRER_INFORMED_DATE);

    /** {@code c.id} and the {@link #TIMESCALE_FIELDS}: read them with {@link #data(ResultSet, int, List, List)}. */
    static final String TIMESCALE_COLUMNS = "c.id, "
            + String.join(", ", TIMESCALE_FIELDS.stream().map(f -> "c." + f.key()).toList());

    /** Columns {@link #COLUMNS} takes in a result set. */
    static final int WIDTH = FIELDS.size() + 5;

    private CaseRows() {
    }

    /** The case whose {@link #COLUMNS} start at column {@code first}. */
    static CaseFacts facts(ResultSet rs, int first, List<LocalDate> discussions) throws SQLException {
        return new CaseFacts(rs.getLong(first), rs.getString(first + 1), data(rs, first + 2, discussions),
                rs.getObject(first + FIELDS.size() + 3, LocalDateTime.class), rs.getLong(first
                + FIELDS.size() + 4), null);
    }

    /** The council column of {@link #COLUMNS} starting at {@code first}. */
    static long council(ResultSet rs, int first) throws SQLException {
        return rs.getLong(first + FIELDS.size() + 2);
    }

    /** The fields of {@link #FIELDS} from column {@code first} on, with these discussion dates. */
    static CaseData data(ResultSet rs, int first, List<LocalDate> discussions) throws SQLException {
        return data(rs, first, FIELDS, discussions);
    }

    /** These fields from column {@code first} on, the others empty, with these discussion dates. */
    static CaseData data(ResultSet rs, int first, List<CaseField> fields, List<LocalDate> discussions)
            throws SQLException {
        Map<CaseField, Object> values = new EnumMap<>(CaseField.class);
        int i = first;
        for (CaseField f : fields) {
            Object v = switch (f.type()) {
                case DATE -> rs.getObject(i, LocalDate.class);
                case YES_NO -> {
                    boolean b = rs.getBoolean(i);
                    yield rs.wasNull() ? null : b;
                }
                case INTEGER -> {
                    int n = rs.getInt(i);
                    yield rs.wasNull() ? null : n;
                }
                case OUTCOME -> {
                    String s = rs.getString(i);
                    yield s == null ? null : S47Outcome.valueOf(s);
                }
                default -> rs.getString(i);
            };
            values.put(f, v);
            i++;
        }
        values.put(CaseField.STRATEGY_DISCUSSION_DATES, discussions);
        return CaseData.of(values);
    }

    /** Discussion dates as {@code GROUP_CONCAT(discussion_date ORDER BY seq)} gives them (null: none). */
    static List<LocalDate> discussions(String concatenated) {
        if (concatenated == null || concatenated.isEmpty()) {
            return List.of();
        }
        String[] parts = concatenated.split(",");
        List<LocalDate> dates = new ArrayList<>(parts.length);
        for (String p : parts) {
            dates.add(LocalDate.parse(p));
        }
        return dates;
    }

    /** The strategy-discussion dates of these cases of the council, in their order. */
    static Map<Long, List<LocalDate>> discussions(JdbcTemplate jdbc, long council, Collection<Long> ids) {
        Map<Long, List<LocalDate>> discussions = new HashMap<>();
        if (ids.isEmpty()) {
            return discussions;
        }
        List<Object> args = new ArrayList<>(ids.size() + 1);
        args.add(council);
        args.addAll(ids);
        jdbc.query("SELECT case_id, discussion_date FROM case_strategy_discussion WHERE council_id = ? AND case_id IN ("
                        + String.join(", ", Collections.nCopies(ids.size(), "?")) + ") ORDER BY case_id, seq",
                rs -> {
                    discussions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getObject(2,
                            LocalDate.class));
                }, args.toArray());
        return discussions;
    }
}
