package org.caseaudit.cases;

import jakarta.annotation.security.RolesAllowed;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.council.CurrentCouncil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case keys for sampling frames (added by the sampling module, issue 6): one lean query over the register, so a
 * frame of 200,000 cases is read without loading entities.
 */
@Service
public class CaseKeyService {

    /** Which date of a case places it in a period. */
    public enum DateBasis {
        S47_START("s47_start_date"), REFERRAL("referral_date");

        private final String column;

        DateBasis(String column) {
            this.column = column;
        }
    }

    private final JdbcTemplate jdbc;
    private final CurrentCouncil council;

    CaseKeyService(JdbcTemplate jdbc, CurrentCouncil council) {
        this.jdbc = jdbc;
        this.council = council;
    }

    /** One case key as the frame reads it. */
    @FunctionalInterface
    public interface KeyHandler {
        void accept(long id, String caseReference, String team);
    }

    /** Rows are streamed from the server in blocks of this many, so reading overlaps with the caller's work. */
    static final int FETCH_SIZE = 4096;

    /** Ids per query when describing cases by id. */
    private static final int DESCRIBE_BATCH = 1000;

    /**
     * The cases whose date lies in [from, to] ({@code teams} and {@code outcomes} empty mean all), handed to
     * {@code handler} one by one as they stream in: a frame of 200,000 cases is read without building a list of keys
     * first. Any order.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional(readOnly = true)
    public void eachKey(DateBasis basis, LocalDate from, LocalDate to, Collection<String> teams,
                        Collection<S47Outcome> outcomes, KeyHandler handler) {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT id, case_reference, team FROM case_record WHERE " + where(council.id(), basis, from, to,
                teams, outcomes, args);
        jdbc.query(connection -> statement(connection, sql, args),
                (RowCallbackHandler) rs -> handler.accept(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    /**
     * The ids alone of the cases {@link #eachKey} would give, as numbers, in any order: for frames that need no
     * reference or team (designs that do not stratify). One narrow query that the date index answers by itself.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional(readOnly = true)
    public long[] ids(DateBasis basis, LocalDate from, LocalDate to, Collection<String> teams,
                      Collection<S47Outcome> outcomes) {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT id FROM case_record WHERE " + where(council.id(), basis, from, to, teams, outcomes, args);
        LongStream.Builder ids = LongStream.builder();
        jdbc.query(connection -> statement(connection, sql, args), (RowCallbackHandler) rs -> ids.add(rs.getLong(1)));
        return ids.build().toArray();
    }

    /** Reference and team of each of these cases, by id; ids not in the register are left out. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional(readOnly = true)
    public Map<Long, CaseKey> describe(Collection<Long> ids) {
        Map<Long, CaseKey> found = new HashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += DESCRIBE_BATCH) {
            List<Long> batch = all.subList(from, Math.min(all.size(), from + DESCRIBE_BATCH));
            List<Object> args = new ArrayList<>(batch.size() + 1);
            args.add(council.id());
            args.addAll(batch);
            jdbc.query("SELECT id, case_reference, team FROM case_record WHERE council_id = ? AND id IN ("
                    + String.join(",", batch.stream().map(i -> "?").toList()) + ")", (RowCallbackHandler) rs -> {
                long id = rs.getLong(1);
                found.put(id, new CaseKey(id, rs.getString(2), rs.getString(3)));
            }, args.toArray());
        }
        return found;
    }

    /** The current council's cases (decision 0012) whose date lies in [from, to], of these teams and outcomes. */
    private static String where(long councilId, DateBasis basis, LocalDate from, LocalDate to, Collection<String> teams,
                                Collection<S47Outcome> outcomes, List<Object> args) {
        StringBuilder sql = new StringBuilder("council_id = ? AND ").append(basis.column).append(" BETWEEN ? AND ?");
        args.add(councilId);
        args.add(from);
        args.add(to);
        if (!teams.isEmpty()) {
            sql.append(" AND team IN (").append(String.join(",", teams.stream().map(t -> "?").toList())).append(')');
            args.addAll(teams);
        }
        if (!outcomes.isEmpty()) {
            sql.append(" AND s47_outcome IN (").append(String.join(",", outcomes.stream().map(t -> "?")
                    .toList())).append(')');
            outcomes.forEach(o -> args.add(o.name()));
        }
        return sql.toString();
    }

    private static PreparedStatement statement(Connection connection, String sql,
            List<Object> args) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setFetchSize(FETCH_SIZE);
        for (int i = 0; i < args.size(); i++) {
            statement.setObject(i + 1, args.get(i));
        }
        return statement;
    }
}
